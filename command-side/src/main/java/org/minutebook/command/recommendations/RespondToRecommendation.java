package org.minutebook.command.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.recommendations.Response;

import java.time.LocalDate;

/** Record the executive's response to a recommendation: accepted, partly accepted or rejected, with its reasons. */
public record RespondToRecommendation(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reportId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String recommendationId,
        @NotNull Response response,
        @Size(min = 1, max = 20000) String reasons,
        @NotNull LocalDate respondedOn,
        @PlainText @Size(min = 1, max = 300) String respondedBy,
        @TargetAggregateVersion Long expectedVersion) {
}
