package org.minutebook.command.executive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.Person;

/**
 * Correct scrutiny's consideration of a call-in recorded wrongly: the consideration given whole in its own form
 * ({@code corrected}, as {@link ConsiderCallIn} takes it; the path's decision is the one used), decided by the rules
 * of a consideration, the day the decision may be implemented counted again, with why and who corrects it.
 */
public record CorrectCallInConsideration(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull @Valid ConsiderCallIn corrected,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) {

    public CorrectCallInConsideration {
        corrected = corrected == null ? null : corrected.of(decisionId);
    }
}
