package org.minutebook.command.executive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.ForCouncil;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.Person;

/**
 * Correct a key decision's entry on the forward plan: the entry given whole in its own form ({@code corrected}, as
 * {@link PlanKeyDecision} takes it, its id as recorded; the path's is the one used), with why and who corrects it.
 */
public record CorrectKeyDecisionPlan(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull @Valid PlanKeyDecision corrected,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) implements ForCouncil {

    public CorrectKeyDecisionPlan {
        corrected = corrected == null ? null : corrected.of(decisionId);
    }

    @Override
    public String council() {
        return corrected == null ? null : corrected.council();
    }
}
