package org.minutebook.query.recommendations;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minutebook.events.recommendations.Response;

import java.time.LocalDate;

/**
 * A row of a committee's recommendations tracker, on a day: the recommendation, its report, the response due and
 * given, and where it stands — awaiting a response, overdue (no response the day after it was due), accepted, partly
 * accepted, rejected, or implemented.
 *
 * @param reportId         the report
 * @param reportTitle      the report's title
 * @param receivedOn       the day the executive received it
 * @param responseDue      the day the response is due
 * @param recommendationId the recommendation
 * @param number           its number, or null
 * @param text             its words
 * @param status           where it stands on the day
 * @param overdue          whether it has no response the day after it was due
 * @param response         the response, or null
 * @param reasons          the response's reasons, or null
 * @param respondedOn      the day of the response, or null
 * @param respondedLate    whether the response came after it was due; null before it did
 * @param lastProgress     the progress reported last, or null
 * @param lastProgressOn   the day it was reported, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrackedRecommendation(String reportId, String reportTitle, LocalDate receivedOn, LocalDate responseDue,
                                    String recommendationId, String number, String text, Status status,
                                    boolean overdue, Response response, String reasons, LocalDate respondedOn,
                                    Boolean respondedLate, String lastProgress, LocalDate lastProgressOn) {

    /** Where a recommendation stands. */
    public enum Status {
        AWAITING_RESPONSE,
        OVERDUE,
        ACCEPTED,
        PARTLY_ACCEPTED,
        REJECTED,
        IMPLEMENTED
    }

    /** The recommendation of the report as it stands on the day. */
    static TrackedRecommendation on(LocalDate day, ScrutinyReportRecord report, ScrutinyReportRecord.Tracked tracked) {
        boolean overdue = tracked.response() == null && day.isAfter(report.responseDue());
        Status status = tracked.implemented() ? Status.IMPLEMENTED
                : tracked.response() == null ? overdue ? Status.OVERDUE : Status.AWAITING_RESPONSE
                : Status.valueOf(tracked.response().name());
        ScrutinyReportRecord.Progress last = tracked.progress().isEmpty() ? null
                : tracked.progress().get(tracked.progress().size() - 1);
        return new TrackedRecommendation(report.reportId(), report.title(), report.receivedOn(),
                report.responseDue(), tracked.recommendationId(), tracked.number(), tracked.text(), status, overdue,
                tracked.response(), tracked.reasons(), tracked.respondedOn(), tracked.respondedOn() == null ? null
                : tracked.respondedOn().isAfter(report.responseDue()), last == null ? null : last.progress(),
                last == null ? null : last.reportedOn());
    }
}
