package org.minutebook.events.recommendations;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * The executive responded to a recommendation ("Accepted in part: the review will report in March, but the budget
 * cannot be increased this year").
 *
 * @param reportId         the report
 * @param recommendationId the recommendation
 * @param response         accepted, partly accepted or rejected
 * @param reasons          the reasons given, or null
 * @param respondedOn      the day of the response
 * @param respondedBy      who responded, as named ("Cabinet", "Cabinet Member for Housing"), or null
 */
@EventVersion(1)
public record RecommendationResponded(String reportId, String recommendationId, Response response, String reasons,
                                      LocalDate respondedOn, String respondedBy) implements RecommendationEvent {

    @Override
    public <R> R accept(RecommendationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
