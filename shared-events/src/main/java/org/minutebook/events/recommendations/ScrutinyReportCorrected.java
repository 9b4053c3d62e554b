package org.minutebook.events.recommendations;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A scrutiny report was recorded wrongly and is corrected (its title, the day the executive received it, the words
 * of its recommendations). The report is given whole, as it should always have read, its response due date counted
 * again from the day received; its recommendations keep their ids, so each keeps its response and progress. What it
 * read before stays in the report's history, and the report as it stood before the correction still reads so.
 *
 * @param reportId    the report
 * @param corrected   the report whole, as it now reads (its id is the correction's)
 * @param reason      why
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record ScrutinyReportCorrected(String reportId, ScrutinyReportReceived corrected, String reason,
                                      Person correctedBy) implements RecommendationEvent {

    @Override
    public <R> R accept(RecommendationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
