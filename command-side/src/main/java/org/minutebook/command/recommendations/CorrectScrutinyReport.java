package org.minutebook.command.recommendations;

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
 * Correct a scrutiny report recorded wrongly: the report given whole in its own form ({@code corrected}, as {@link
 * ReceiveScrutinyReport} takes it; the path's report is the one used), decided by the rules of a report received,
 * its response due date counted again, with why and who corrects it.
 */
public record CorrectScrutinyReport(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reportId,
        @NotNull @Valid ReceiveScrutinyReport corrected,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) {

    public CorrectScrutinyReport {
        corrected = corrected == null ? null : corrected.of(reportId);
    }
}
