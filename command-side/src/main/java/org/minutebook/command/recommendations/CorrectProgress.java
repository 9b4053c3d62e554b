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
 * Correct progress reported on a recommendation, recorded wrongly: which update, by its number (1 for the first
 * reported; the path's, so text), given whole in its own form ({@code corrected}, as {@link ReportProgress} takes
 * it; the path's report and recommendation are the ones used), with why and who corrects it.
 */
public record CorrectProgress(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reportId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String recommendationId,
        @NotNull @Pattern(regexp = "[1-9][0-9]{0,2}", message = "an update's number: 1 for the first reported")
        String update,
        @NotNull @Valid ReportProgress corrected,
        @PlainText @NotBlank @Size(max = 1000) String reason,
        @NotNull @Valid Person correctedBy) {

    public CorrectProgress {
        corrected = corrected == null ? null : corrected.of(reportId, recommendationId);
    }

    /** The update's number. */
    int number() {
        return Integer.parseInt(update);
    }
}
