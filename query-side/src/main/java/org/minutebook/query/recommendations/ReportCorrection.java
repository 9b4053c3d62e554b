package org.minutebook.query.recommendations;

import org.minutebook.events.Person;
import org.minutebook.events.recommendations.Recommendation;
import org.minutebook.events.recommendations.ScrutinyReportReceived;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A correction of a scrutiny report recorded wrongly, and how the report read before it, so the report as it stood
 * before the correction still reads so.
 *
 * @param reason      why
 * @param correctedBy who corrected it
 * @param recordedAt  when it was recorded
 * @param before      the report's own words as they read until it
 */
public record ReportCorrection(String reason, Person correctedBy, Instant recordedAt, Heading before) {

    /**
     * A report's own words: what a correction of the report changes (its recommendations' responses and progress
     * are theirs).
     *
     * @param title           its title
     * @param receivedOn      the day the executive received it
     * @param responseDue     the day the response is due
     * @param respondent      who is to respond, or null
     * @param matterId        the matter it belongs to, or null
     * @param recommendations its recommendations' ids, numbers and words, in the report's order
     */
    public record Heading(String title, LocalDate receivedOn, LocalDate responseDue, String respondent,
                          String matterId, List<Recommendation> recommendations) {

        static Heading of(ScrutinyReportReceived report) {
            return new Heading(report.title(), report.receivedOn(), report.responseDue(), report.respondent(),
                    report.matterId(), report.recommendations());
        }
    }
}
