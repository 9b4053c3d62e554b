package org.minutebook.command.recommendations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.minutebook.command.platform.Ids;
import org.minutebook.command.platform.PlainText;

import java.time.LocalDate;
import java.util.List;

/**
 * Record a scrutiny committee's report received by the executive, with its recommendations in the report's order;
 * the response is due two months from receipt. The council is the committee's. The same report again records
 * nothing new.
 */
public record ReceiveScrutinyReport(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String reportId,
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String committeeId,
        @PlainText @NotBlank @Size(max = 500) String title,
        @NotNull LocalDate receivedOn,
        @PlainText @Size(min = 1, max = 300) String respondent,
        @PlainText @Size(min = 1, max = 200) String matterId,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Recommended> recommendations) {

    /** The same report, under the id named (a correction's, by its path). */
    ReceiveScrutinyReport of(String id) {
        return new ReceiveScrutinyReport(id, committeeId, title, receivedOn, respondent, matterId, recommendations);
    }

    /**
     * One recommendation as the report words it.
     *
     * @param recommendationId its id within the report
     * @param number           its number as printed, or null
     * @param text             its words
     */
    public record Recommended(
            @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String recommendationId,
            @PlainText @Size(min = 1, max = 20) String number,
            @NotBlank @Size(max = 20000) String text) {
    }
}
