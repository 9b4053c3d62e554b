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
 * Correct a call-in recorded wrongly: the call-in given whole in its own form ({@code corrected}, as {@link
 * RequestCallIn} takes it, the decision the path's), decided by the rules of a call-in, with why and who corrects it.
 */
public record CorrectCallIn(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull @Valid RequestCallIn corrected,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) {

    public CorrectCallIn {
        corrected = corrected == null ? null : corrected.of(decisionId);
    }
}
