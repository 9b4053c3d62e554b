package org.minutebook.command.executive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.ForCouncil;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

import java.time.LocalDate;

/**
 * Enter a key decision on the council's forward plan, as the plan states it: who is to take it, when and whether in
 * private and why only when the plan says. The same plan again records nothing new.
 */
public record PlanKeyDecision(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @PlainText @NotBlank @Size(max = 300) String council,
        @PlainText @NotBlank @Size(max = 500) String title,
        @PlainText @Size(min = 1, max = 300) String decisionMaker,
        LocalDate plannedFor,
        @Size(min = 1, max = 2000) String privateReason,
        @PlainText @Size(min = 1, max = 200) String matterId) implements ForCouncil {

    /** The same entry, of the decision named (a correction's, by its path). */
    PlanKeyDecision of(String id) {
        return new PlanKeyDecision(id, council, title, decisionMaker, plannedFor, privateReason, matterId);
    }
}
