package org.minutebook.query.recommendations;

import org.minutebook.events.Person;
import org.minutebook.events.recommendations.Recommendation;
import org.minutebook.events.recommendations.RecommendationEvent;
import org.minutebook.events.recommendations.RecommendationProgressCorrected;
import org.minutebook.events.recommendations.RecommendationProgressReported;
import org.minutebook.events.recommendations.RecommendationResponded;
import org.minutebook.events.recommendations.RecommendationResponseCorrected;
import org.minutebook.events.recommendations.Response;
import org.minutebook.events.recommendations.ScrutinyReportCorrected;
import org.minutebook.events.recommendations.ScrutinyReportReceived;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A scrutiny report to the executive as the read model keeps it: its recommendations, each with the executive's
 * response (every reading of it, as recorded and as corrected, each with when it was recorded) and the progress
 * reported on it, so the report reads as it stood at any instant. {@code version}: the last of its events held.
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
 * @param recordedAt      when the report was recorded here (null for a report recorded before this was kept)
 * @param corrections     the corrections of the report itself, oldest first, each with how it read before
 */
public record ScrutinyReportRecord(String reportId, String council, String committeeId, String title,
                                   LocalDate receivedOn, LocalDate responseDue, String respondent, String matterId,
                                   List<Tracked> recommendations, long version, Instant recordedAt,
                                   List<ReportCorrection> corrections) {

    public ScrutinyReportRecord {
        recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
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
     * @param corrected        the correction of the response it reads as, or null when it reads as recorded
     * @param readings         every reading of the response, oldest first: as recorded, then as each correction has it
     */
    public record Tracked(String recommendationId, String number, String text, Response response, String reasons,
                          LocalDate respondedOn, String respondedBy, List<Progress> progress, Correction corrected,
                          List<Reading> readings) {

        public Tracked {
            progress = progress == null ? List.of() : List.copyOf(progress);
            readings = readings == null ? List.of() : List.copyOf(readings);
        }

        /** Whether the last progress reported says it is implemented in full. */
        public boolean implemented() {
            return !progress.isEmpty() && Boolean.TRUE.equals(progress.get(progress.size() - 1).implemented());
        }

        /** It with the progress given. */
        Tracked progressing(List<Progress> updates) {
            return new Tracked(recommendationId, number, text, response, reasons, respondedOn, respondedBy, updates,
                    corrected, readings);
        }

        /** It numbered and worded as the report has it. */
        Tracked worded(Recommendation worded) {
            return new Tracked(recommendationId, worded.number(), worded.text(), response, reasons, respondedOn,
                    respondedBy, progress, corrected, readings);
        }

        /** It with a new reading of its response, the one it now reads as. */
        Tracked reading(Reading reading) {
            List<Reading> more = new ArrayList<>(readings);
            more.add(reading);
            return as(reading, more, progress);
        }

        /** As it stood at the instant: its response as last recorded by then, the progress reported by then. */
        Tracked asOf(Instant instant) {
            if (readings.isEmpty()) {
                return this; // recorded before its readings were kept: as it stands
            }
            List<Reading> then = readings.stream().filter(reading -> !reading.recordedAt().isAfter(instant)).toList();
            List<Progress> progressThen = progress.stream().map(step -> step.asOf(instant))
                    .filter(Objects::nonNull).toList();
            return then.isEmpty() ? new Tracked(recommendationId, number, text, null, null, null, null, progressThen,
                    null, then) : as(then.get(then.size() - 1), then, progressThen);
        }

        private Tracked as(Reading reading, List<Reading> readings, List<Progress> progress) {
            return new Tracked(recommendationId, number, text, reading.response(), reading.reasons(),
                    reading.respondedOn(), reading.respondedBy(), progress, reading.correction(), readings);
        }
    }

    /**
     * The response to a recommendation as it read from an instant of recording.
     *
     * @param recordedAt when it was recorded
     * @param correction the correction it is, or null for the response as first recorded
     */
    public record Reading(Response response, String reasons, LocalDate respondedOn, String respondedBy,
                          Instant recordedAt, Correction correction) {
    }

    /**
     * A correction of a response recorded wrongly.
     *
     * @param reason      why
     * @param correctedBy who corrected it
     */
    public record Correction(String reason, Person correctedBy) {
    }

    /**
     * Progress reported on a recommendation, as it reads from an instant of recording.
     *
     * @param reportedOn  the day
     * @param progress    its words
     * @param implemented whether it says the recommendation is implemented in full, or null
     * @param recordedAt  when it was recorded, or its correction (null for progress recorded before this was kept)
     * @param corrected   the correction it reads as, or null when it reads as reported
     * @param before      how it read before its corrections, oldest first (empty when never corrected)
     */
    public record Progress(LocalDate reportedOn, String progress, Boolean implemented, Instant recordedAt,
                           Correction corrected, List<Reported> before) {

        public Progress {
            before = before == null ? List.of() : List.copyOf(before);
        }

        /** It corrected to read so from the instant, how it read until then kept. */
        Progress correctedTo(RecommendationProgressReported update, Instant at, Correction correction) {
            List<Reported> earlier = new ArrayList<>(before);
            earlier.add(new Reported(reportedOn, progress, implemented, recordedAt, corrected));
            return new Progress(update.reportedOn(), update.progress(), update.implemented(), at, correction,
                    earlier);
        }

        /** As it read at the instant: before any correction recorded since; null when it was not yet reported. */
        Progress asOf(Instant instant) {
            if (recordedAt == null || !recordedAt.isAfter(instant)) {
                return this;
            }
            List<Reported> then = before.stream().filter(earlier -> earlier.recordedAt() == null
                    || !earlier.recordedAt().isAfter(instant)).toList();
            if (then.isEmpty()) {
                return null;
            }
            Reported was = then.get(then.size() - 1);
            return new Progress(was.reportedOn(), was.progress(), was.implemented(), was.recordedAt(), was.corrected(),
                    then.subList(0, then.size() - 1));
        }
    }

    /**
     * A progress update as it read until a correction.
     *
     * @param recordedAt when it came to read so
     * @param corrected  the correction it read as then, or null when it read as reported (a reading kept before
     *                   corrections were noted with it reads so too)
     */
    public record Reported(LocalDate reportedOn, String progress, Boolean implemented, Instant recordedAt,
                           Correction corrected) {
    }

    /**
     * The report as it stood at the instant: in its words as they read then, with the corrections recorded by then;
     * empty when it was not yet recorded then.
     */
    Optional<ScrutinyReportRecord> asOf(Instant instant) {
        if (recordedAt != null && recordedAt.isAfter(instant)) {
            return Optional.empty();
        }
        ReportCorrection.Heading then = corrections.stream().filter(later -> later.recordedAt().isAfter(instant))
                .findFirst().map(ReportCorrection::before).orElse(heading());
        return Optional.of(reading(then, recommendations.stream().map(tracked -> tracked.asOf(instant)).toList(),
                version, corrections.stream().filter(made -> !made.recordedAt().isAfter(instant)).toList()));
    }

    /** The report's own words as they now read. */
    private ReportCorrection.Heading heading() {
        return new ReportCorrection.Heading(title, receivedOn, responseDue, respondent, matterId, recommendations
                .stream().map(tracked -> new Recommendation(tracked.recommendationId(), tracked.number(),
                        tracked.text())).toList());
    }

    /** The report reading so, its recommendations worded as the heading words them. */
    private ScrutinyReportRecord reading(ReportCorrection.Heading heading, List<Tracked> tracked, long version,
                                         List<ReportCorrection> corrections) {
        return new ScrutinyReportRecord(reportId, council, committeeId, heading.title(), heading.receivedOn(),
                heading.responseDue(), heading.respondent(), heading.matterId(), tracked.stream().map(one ->
                heading.recommendations().stream().filter(worded -> worded.recommendationId()
                        .equals(one.recommendationId())).findFirst().map(one::worded).orElse(one)).toList(),
                version, recordedAt, corrections);
    }

    /**
     * The report after one more of its events, the {@code sequenceNumber}th, recorded at the instant; {@code before}
     * null for its first.
     */
    static ScrutinyReportRecord after(ScrutinyReportRecord before, RecommendationEvent event, long sequenceNumber,
                                      Instant at) {
        return event.accept(new Tracking(before, sequenceNumber, at));
    }

    /** Each event's change to the report as it stood. */
    private record Tracking(ScrutinyReportRecord r, long version, Instant at)
            implements RecommendationEvent.Visitor<ScrutinyReportRecord> {

        @Override
        public ScrutinyReportRecord on(ScrutinyReportReceived event) {
            return new ScrutinyReportRecord(event.reportId(), event.council(), event.committeeId(), event.title(),
                    event.receivedOn(), event.responseDue(), event.respondent(), event.matterId(),
                    event.recommendations().stream().map(recommendation -> new Tracked(
                            recommendation.recommendationId(), recommendation.number(), recommendation.text(), null,
                            null, null, null, List.of(), null, List.of())).toList(), version, at, List.of());
        }

        /** The report in its corrected words, the responses and progress of its recommendations kept. */
        @Override
        public ScrutinyReportRecord on(ScrutinyReportCorrected event) {
            List<ReportCorrection> corrections = new ArrayList<>(r.corrections);
            corrections.add(new ReportCorrection(event.reason(), event.correctedBy(), at, r.heading()));
            return r.reading(ReportCorrection.Heading.of(event.corrected()), r.recommendations, version, corrections);
        }

        @Override
        public ScrutinyReportRecord on(RecommendationResponded event) {
            return changed(event.recommendationId(), tracked -> tracked.reading(reading(event, null)));
        }

        @Override
        public ScrutinyReportRecord on(RecommendationResponseCorrected event) {
            return changed(event.recommendationId(), tracked -> tracked.reading(reading(event.corrected(),
                    new Correction(event.reason(), event.correctedBy()))));
        }

        @Override
        public ScrutinyReportRecord on(RecommendationProgressReported event) {
            return changed(event.recommendationId(), tracked -> {
                List<Progress> progress = new ArrayList<>(tracked.progress());
                progress.add(new Progress(event.reportedOn(), event.progress(), event.implemented(), at, null, null));
                return tracked.progressing(progress);
            });
        }

        /** The update in its place, as corrected; how it read before kept with it. */
        @Override
        public ScrutinyReportRecord on(RecommendationProgressCorrected event) {
            return changed(event.recommendationId(), tracked -> {
                List<Progress> progress = new ArrayList<>(tracked.progress());
                progress.set(event.update() - 1, progress.get(event.update() - 1).correctedTo(event.corrected(),
                        at, new Correction(event.reason(), event.correctedBy())));
                return tracked.progressing(progress);
            });
        }

        private Reading reading(RecommendationResponded responded, Correction correction) {
            return new Reading(responded.response(), responded.reasons(), responded.respondedOn(),
                    responded.respondedBy(), at, correction);
        }

        private ScrutinyReportRecord changed(String recommendationId, UnaryOperator<Tracked> change) {
            return new ScrutinyReportRecord(r.reportId, r.council, r.committeeId, r.title, r.receivedOn,
                    r.responseDue, r.respondent, r.matterId, r.recommendations.stream().map(tracked ->
                    tracked.recommendationId().equals(recommendationId) ? change.apply(tracked) : tracked).toList(),
                    version, r.recordedAt, r.corrections);
        }
    }
}
