package org.minutebook.command.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;
import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.agenda.Exemption;

import java.util.List;

/** Amend an agenda item; the command carries the item as it is to read. */
public record AmendAgendaItem(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String meetingId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String itemId,
        @PlainText @Size(max = 20) String number,
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String parentItemId,
        @PlainText @Size(min = 1, max = 500) String title,
        @Size(max = 20000) String agendaText,
        @PlainText @Size(max = 300) String submittedBy,
        @Size(max = 50) List<@Valid AgendaDocument> documents,
        @Valid Exemption exemption,
        @TargetAggregateVersion Long expectedVersion) {
}
