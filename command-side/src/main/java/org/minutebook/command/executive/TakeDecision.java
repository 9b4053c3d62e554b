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
import org.minutebook.events.executive.DecisionMakerKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Record a decision taken outside a committee's meeting record, as its written record states it: a key decision on
 * the forward plan (by its id; its council and title are the plan's when not given), or an officer's or executive
 * member's decision of its own. What the record does not state is left out.
 */
public record TakeDecision(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String decisionId,
        @PlainText @Size(min = 1, max = 300) String council,
        @PlainText @Size(min = 1, max = 500) String title,
        @NotNull DecisionMakerKind makerKind,
        @Valid Person maker,
        @Size(min = 1, max = 2000) String delegation,
        @NotNull LocalDate takenOn,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Size(max = 20000) String decision,
        @Size(min = 1, max = 20000) String reasons,
        @Size(min = 1, max = 20000) String alternativesRejected,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> conflicts,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> dispensations,
        Boolean key,
        @PlainText @Size(min = 1, max = 300) String exemptParagraph,
        @Size(min = 1, max = 20000) String exemptPart,
        @PlainText @Size(min = 1, max = 200) String matterId) implements ForCouncil {

    /** The same decision, of the decision named (a correction's, by its path). */
    TakeDecision of(String id) {
        return new TakeDecision(id, council, title, makerKind, maker, delegation, takenOn, meetingId, decision, reasons,
                alternativesRejected, conflicts, dispensations, key, exemptParagraph, exemptPart, matterId);
    }
}
