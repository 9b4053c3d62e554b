package org.minutebook.command.executive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.events.executive.Reconsideration;

import java.time.LocalDate;

/** Record the maker's reconsideration of a decision referred back after a call-in upheld. */
public record ReconsiderDecision(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @NotNull LocalDate reconsideredOn,
        @NotNull Reconsideration outcome,
        @Size(min = 1, max = 20000) String decision,
        @Size(min = 1, max = 20000) String reasons,
        @TargetAggregateVersion Long expectedVersion) {

    /** The same reconsideration, of the decision named (a correction's, by its path). */
    ReconsiderDecision of(String id) {
        return new ReconsiderDecision(id, reconsideredOn, outcome, decision, reasons, expectedVersion);
    }
}
