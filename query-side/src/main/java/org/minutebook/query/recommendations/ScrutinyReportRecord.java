package org.minutebook.query.recommendations;

import org.minutebook.events.recommendations.RecommendationEvent;
import org.minutebook.events.recommendations.RecommendationProgressReported;
import org.minutebook.events.recommendations.RecommendationResponded;
import org.minutebook.events.recommendations.Response;
import org.minutebook.events.recommendations.ScrutinyReportReceived;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A scrutiny report to the executive as the read model keeps it: its recommendations, each with the executive's
 * response and the progress reported on it. {@code version}: the last of its events held.
 *
 * @param reportId        the report
 * @param council         its council, or null when its committee names none
 * @param committeeId     the scrutiny committee that made it
 * @param title           its title
 * @param receivedOn      the day the executive received it
 * @param responseDue     the day the response is due
 * @param respondent      who is to respond, or null
 * @param matterId        the matter it belongs to, or null
 * @param recommendations its recommendations, in the report's order
 * @param version         the last of its events held
 */
public record ScrutinyReportRecord(String reportId, String council, String committeeId, String title,
                                   LocalDate receivedOn, LocalDate responseDue, String respondent, String matterId,
                                   List<Tracked> recommendations, long version) {

    public ScrutinyReportRecord {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    }

    /**
     * A recommendation and what became of it.
     *
     * @param recommendationId its id
     * @param number           its number, or null
     * @param text             its words
     * @param response         the executive's response, or null while none is recorded
     * @param reasons          the response's reasons, or null
     * @param respondedOn      the day of the response, or null
     * @param respondedBy      who responded, or null
     * @param progress         the progress reported, oldest first
     */
    public record Tracked(String recommendationId, String number, String text, Response response, String reasons,
                          LocalDate respondedOn, String respondedBy, List<Progress> progress) {

        public Tracked {
            progress = progress == null ? List.of() : List.copyOf(progress);
        }

        /** Whether the last progress reported says it is implemented in full. */
        public boolean implemented() {
            return !progress.isEmpty() && Boolean.TRUE.equals(progress.get(progress.size() - 1).implemented());
        }
    }

    /**
     * Progress reported on a recommendation.
     *
     * @param reportedOn  the day
     * @param progress    its words
     * @param implemented whether it says the recommendation is implemented in full, or null
     */
    public record Progress(LocalDate reportedOn, String progress, Boolean implemented) {
    }

    /** The report after one more of its events, the {@code sequenceNumber}th; {@code before} null for its first. */
    static ScrutinyReportRecord after(ScrutinyReportRecord before, RecommendationEvent event, long sequenceNumber) {
        return event.accept(new Tracking(before, sequenceNumber));
    }

    /** Each event's change to the report as it stood. */
    private record Tracking(ScrutinyReportRecord r, long version)
            implements RecommendationEvent.Visitor<ScrutinyReportRecord> {

        @Override
        public ScrutinyReportRecord on(ScrutinyReportReceived event) {
            return new ScrutinyReportRecord(event.reportId(), event.council(), event.committeeId(), event.title(),
                    event.receivedOn(), event.responseDue(), event.respondent(), event.matterId(),
                    event.recommendations().stream().map(recommendation -> new Tracked(
                            recommendation.recommendationId(), recommendation.number(), recommendation.text(), null,
                            null, null, null, List.of())).toList(), version);
        }

        @Override
        public ScrutinyReportRecord on(RecommendationResponded event) {
            return changed(event.recommendationId(), tracked -> new Tracked(tracked.recommendationId(),
                    tracked.number(), tracked.text(), event.response(), event.reasons(), event.respondedOn(),
                    event.respondedBy(), tracked.progress()));
        }

        @Override
        public ScrutinyReportRecord on(RecommendationProgressReported event) {
            return changed(event.recommendationId(), tracked -> {
                List<Progress> progress = new ArrayList<>(tracked.progress());
                progress.add(new Progress(event.reportedOn(), event.progress(), event.implemented()));
                return new Tracked(tracked.recommendationId(), tracked.number(), tracked.text(), tracked.response(),
                        tracked.reasons(), tracked.respondedOn(), tracked.respondedBy(), progress);
            });
        }

        private ScrutinyReportRecord changed(String recommendationId,
                                             java.util.function.UnaryOperator<Tracked> change) {
            return new ScrutinyReportRecord(r.reportId, r.council, r.committeeId, r.title, r.receivedOn,
                    r.responseDue, r.respondent, r.matterId, r.recommendations.stream().map(tracked ->
                    tracked.recommendationId().equals(recommendationId) ? change.apply(tracked) : tracked).toList(),
                    version);
        }
    }
}
