package org.minutebook.events.recommendations;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * Progress on a recommendation was reported to the committee's tracker ("Review under way; report due March").
 *
 * @param reportId         the report
 * @param recommendationId the recommendation
 * @param reportedOn       the day it was reported
 * @param progress         the progress in its words
 * @param implemented      whether the recommendation is now implemented in full, or null when the update does not say
 */
@EventVersion(1)
public record RecommendationProgressReported(String reportId, String recommendationId, LocalDate reportedOn,
                                             String progress, Boolean implemented) implements RecommendationEvent {

    @Override
    public <R> R accept(RecommendationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
