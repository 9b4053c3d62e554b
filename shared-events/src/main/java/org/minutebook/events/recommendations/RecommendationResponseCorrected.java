package org.minutebook.events.recommendations;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * The executive's response to a recommendation was recorded wrongly and is corrected ("recorded as accepted: the
 * Cabinet accepted it in part"). The response is given whole, as it should always have read; what it read before
 * stays in the report's history, and the report as it stood before the correction still reads so.
 *
 * @param reportId         the report
 * @param recommendationId the recommendation
 * @param corrected        the response whole, as it now reads (its report and recommendation are the correction's)
 * @param reason           why
 * @param correctedBy      who corrected it
 */
@EventVersion(1)
public record RecommendationResponseCorrected(String reportId, String recommendationId,
                                              RecommendationResponded corrected, String reason, Person correctedBy)
        implements RecommendationEvent {

    @Override
    public <R> R accept(RecommendationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
