package org.minutebook.events.recommendations;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * Progress reported on a recommendation was recorded wrongly and is corrected (its day, its words, whether it says
 * the recommendation is implemented). The update is given whole, as it should always have read; what it read before
 * stays in the report's history, and the report as it stood before the correction still reads so.
 *
 * @param reportId         the report
 * @param recommendationId the recommendation
 * @param update           which of its progress updates, by number: 1 for the first reported
 * @param corrected        the update whole, as it now reads (its report and recommendation are the correction's)
 * @param reason           why
 * @param correctedBy      who corrected it
 */
@EventVersion(1)
public record RecommendationProgressCorrected(String reportId, String recommendationId, int update,
                                              RecommendationProgressReported corrected, String reason,
                                              Person correctedBy) implements RecommendationEvent {

    @Override
    public <R> R accept(RecommendationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
