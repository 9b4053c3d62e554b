package org.minutebook.command.recommendations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.Person;
import org.minutebook.events.recommendations.Response;

import java.time.LocalDate;

/**
 * Correct the executive's response to a recommendation recorded wrongly: the response given whole in its own form,
 * as {@link RespondToRecommendation} takes it, with why and who corrects it.
 */
public record CorrectResponse(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reportId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String recommendationId,
        @NotNull Response response,
        @Size(min = 1, max = 20000) String reasons,
        @NotNull LocalDate respondedOn,
        @PlainText @Size(min = 1, max = 300) String respondedBy,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy,
        @TargetAggregateVersion Long expectedVersion) {
}
