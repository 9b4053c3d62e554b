package org.minutebook.events.recommendations;

/**
 * An event in the life of an overview and scrutiny report to the executive and its recommendations, keyed by the
 * report's {@code reportId}: received, each recommendation responded to, its progress reported (docs/events.md,
 * "Recommendations to the executive"). A part of the record of its own, sealed as every part is.
 */
public sealed interface RecommendationEvent permits ScrutinyReportReceived, ScrutinyReportCorrected,
        RecommendationResponded,
        RecommendationResponseCorrected, RecommendationProgressReported, RecommendationProgressCorrected {

    String reportId();

    <R> R accept(Visitor<R> visitor);

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(ScrutinyReportReceived event);

        R on(ScrutinyReportCorrected event);

        R on(RecommendationResponded event);

        R on(RecommendationResponseCorrected event);

        R on(RecommendationProgressReported event);

        R on(RecommendationProgressCorrected event);
    }
}
