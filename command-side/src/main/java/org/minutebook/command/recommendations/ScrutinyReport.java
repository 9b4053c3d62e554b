package org.minutebook.command.recommendations;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.minutebook.command.calendar.CouncilCalendar;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.recommendations.Recommendation;
import org.minutebook.events.recommendations.RecommendationProgressCorrected;
import org.minutebook.events.recommendations.RecommendationProgressReported;
import org.minutebook.events.recommendations.RecommendationResponded;
import org.minutebook.events.recommendations.RecommendationResponseCorrected;
import org.minutebook.events.recommendations.Response;
import org.minutebook.events.recommendations.ScrutinyReportCorrected;
import org.minutebook.events.recommendations.ScrutinyReportReceived;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An overview and scrutiny report to the executive: its recommendations and the executive's response to each. */
@Aggregate(cache = "scrutinyReportCache")
class ScrutinyReport {

    /** The executive responds within two months of receiving the report (Local Government Act 2000 s.9FE). */
    static final int MONTHS_TO_RESPOND = 2;

    @AggregateIdentifier
    private String reportId;
    private ScrutinyReportReceived received;
    /** Each recommendation's response as it reads now (as corrected). */
    private final Map<String, RecommendationResponded> responses = new HashMap<>();
    /** Each recommendation's progress updates as they read now (as corrected), in the order reported. */
    private final Map<String, List<RecommendationProgressReported>> progress = new HashMap<>();

    protected ScrutinyReport() {
        // rebuilt from its events
    }

    /** Every command to the report is its council's, the council of the committee that made it. */
    @CommandHandlerInterceptor
    void withinCouncilScope(Object command, CouncilScope councils, CommitteeRoster committees) {
        if (received != null) {
            councils.requireServedCouncil(received.council());
        } else if (command instanceof ReceiveScrutinyReport report) {
            councils.requireServedCouncil(committees.councilOf(report.committeeId()).filter(name -> !name.isEmpty())
                    .orElse(null));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveScrutinyReport command, CommitteeRoster committees) {
        ScrutinyReportReceived requested = receiving(command, committees, "");
        if (received == null) {
            apply(requested);
        } else if (!received.equals(requested)) {
            throw RecommendationRules.REPORT_ALREADY_RECEIVED.broken("Report " + command.reportId()
                    + " is already recorded with other details");
        }
    }

    /**
     * Correct a report: decided as a report received is, its response due counted again; of its committee still,
     * its recommendations kept by their ids (each keeps its response and progress), and received no later than
     * anything recorded on them.
     */
    @CommandHandler
    void handle(CorrectScrutinyReport command, CommitteeRoster committees) {
        ScrutinyReportReceived corrected = receiving(command.corrected(), committees, "corrected.");
        if (corrected.equals(received)) {
            throw RecommendationRules.REPORT_CORRECTION_CHANGES_NOTHING.broken("Report " + reportId
                    + " already reads so").at("corrected");
        }
        if (!corrected.committeeId().equals(received.committeeId())) {
            throw RecommendationRules.REPORT_KEEPS_ITS_COMMITTEE.broken("Report " + reportId + " is the "
                    + received.committeeId() + "'s").at("corrected.committeeId");
        }
        if (!idsOf(corrected).equals(idsOf(received))) {
            throw RecommendationRules.REPORT_KEEPS_ITS_RECOMMENDATIONS.broken("A correction keeps the report's"
                    + " recommendations " + idsOf(received) + ": their numbers and words may be corrected")
                    .at("corrected.recommendations");
        }
        LocalDate earliest = Stream.concat(responses.values().stream().map(RecommendationResponded::respondedOn),
                progress.values().stream().flatMap(List::stream).map(RecommendationProgressReported::reportedOn))
                .min(LocalDate::compareTo).orElse(null);
        if (earliest != null && corrected.receivedOn().isAfter(earliest)) {
            throw RecommendationRules.DATED_BEFORE_RECEIPT.broken("A response or progress on it is dated "
                    + earliest).at("corrected.receivedOn");
        }
        apply(new ScrutinyReportCorrected(reportId, corrected, command.reason(), command.correctedBy()));
    }

    private static List<String> idsOf(ScrutinyReportReceived report) {
        return report.recommendations().stream().map(Recommendation::recommendationId).toList();
    }

    /** The report the command records, its response due counted; {@code at} prefixes its fields. */
    private ScrutinyReportReceived receiving(ReceiveScrutinyReport command, CommitteeRoster committees, String at) {
        String council = committees.councilOf(command.committeeId())
                .orElseThrow(() -> RecommendationRules.REPORT_OF_UNKNOWN_COMMITTEE.broken("No committee "
                        + command.committeeId() + " is registered").at(at + "committeeId"));
        Set<String> ids = new HashSet<>();
        for (ReceiveScrutinyReport.Recommended recommended : command.recommendations()) {
            if (!ids.add(recommended.recommendationId())) {
                throw RecommendationRules.RECOMMENDATION_REPEATED.broken("Recommendation "
                        + recommended.recommendationId() + " is listed twice").at(at + "recommendations");
            }
        }
        return new ScrutinyReportReceived(command.reportId(),
                council.isEmpty() ? null : council, command.committeeId(), command.title(), command.receivedOn(),
                CouncilCalendar.monthsAfter(command.receivedOn(), MONTHS_TO_RESPOND), command.respondent(),
                command.matterId(), command.recommendations().stream().map(recommended -> new Recommendation(
                recommended.recommendationId(), recommended.number(), recommended.text())).toList());
    }

    @CommandHandler
    void handle(RespondToRecommendation command) {
        requireRecommendation(command.recommendationId());
        if (responses.containsKey(command.recommendationId())) {
            throw RecommendationRules.ALREADY_RESPONDED.broken("Recommendation " + command.recommendationId()
                    + " was already " + responses.get(command.recommendationId()).response()).at("recommendationId");
        }
        if (command.respondedOn().isBefore(received.receivedOn())) {
            throw RecommendationRules.DATED_BEFORE_RECEIPT.broken("The report was received on "
                    + received.receivedOn()).at("respondedOn");
        }
        apply(new RecommendationResponded(reportId, command.recommendationId(), command.response(),
                command.reasons(), command.respondedOn(), command.respondedBy()));
    }

    /**
     * Correct a response: decided as a response is (dated no earlier than the report's receipt), refused when none
     * is recorded, when it changes nothing, and when it would reject a recommendation whose progress is reported.
     */
    @CommandHandler
    void handle(CorrectResponse command) {
        requireRecommendation(command.recommendationId());
        RecommendationResponded responded = responses.get(command.recommendationId());
        if (responded == null) {
            throw RecommendationRules.NO_RESPONSE_TO_CORRECT.broken("Recommendation " + command.recommendationId()
                    + " has no response to correct: record its response").at("recommendationId");
        }
        RecommendationResponded corrected = new RecommendationResponded(reportId, command.recommendationId(),
                command.response(), command.reasons(), command.respondedOn(), command.respondedBy());
        if (corrected.equals(responded)) {
            throw RecommendationRules.RESPONSE_CORRECTION_CHANGES_NOTHING.broken("The response already reads so")
                    .at("response");
        }
        if (command.respondedOn().isBefore(received.receivedOn())) {
            throw RecommendationRules.DATED_BEFORE_RECEIPT.broken("The report was received on "
                    + received.receivedOn()).at("respondedOn");
        }
        if (command.response() == Response.REJECTED && progress.containsKey(command.recommendationId())) {
            throw RecommendationRules.PROGRESS_ON_REJECTED.broken("Progress on recommendation "
                    + command.recommendationId() + " is reported: it was not rejected").at("response");
        }
        apply(new RecommendationResponseCorrected(reportId, command.recommendationId(), corrected, command.reason(),
                command.correctedBy()));
    }

    @CommandHandler
    void handle(ReportProgress command) {
        requireRecommendation(command.recommendationId());
        RecommendationResponded responded = responses.get(command.recommendationId());
        Response response = responded == null ? null : responded.response();
        if (response == null) {
            throw RecommendationRules.PROGRESS_BEFORE_RESPONSE.broken("Recommendation " + command.recommendationId()
                    + " has no response yet").at("recommendationId");
        }
        if (response == Response.REJECTED) {
            throw RecommendationRules.PROGRESS_ON_REJECTED.broken("Recommendation " + command.recommendationId()
                    + " was rejected: there is nothing to implement").at("recommendationId");
        }
        apply(reporting(command, ""));
    }

    /** Correct a progress update: decided as an update is (dated no earlier than the report's receipt). */
    @CommandHandler
    void handle(CorrectProgress command) {
        requireRecommendation(command.recommendationId());
        List<RecommendationProgressReported> updates = progress.getOrDefault(command.recommendationId(), List.of());
        if (command.number() > updates.size()) {
            throw RecommendationRules.NO_PROGRESS_TO_CORRECT.broken("Recommendation " + command.recommendationId()
                    + " has " + updates.size() + " progress updates, not " + command.number()).at("update");
        }
        RecommendationProgressReported corrected = reporting(command.corrected(), "corrected.");
        if (corrected.equals(updates.get(command.number() - 1))) {
            throw RecommendationRules.PROGRESS_CORRECTION_CHANGES_NOTHING.broken("The update already reads so")
                    .at("corrected");
        }
        apply(new RecommendationProgressCorrected(reportId, command.recommendationId(), command.number(), corrected,
                command.reason(), command.correctedBy()));
    }

    /** The update the command records, dated no earlier than the report's receipt; {@code at} prefixes its fields. */
    private RecommendationProgressReported reporting(ReportProgress command, String at) {
        if (command.reportedOn().isBefore(received.receivedOn())) {
            throw RecommendationRules.DATED_BEFORE_RECEIPT.broken("The report was received on "
                    + received.receivedOn()).at(at + "reportedOn");
        }
        return new RecommendationProgressReported(reportId, command.recommendationId(), command.reportedOn(),
                command.progress(), command.implemented());
    }

    private void requireRecommendation(String recommendationId) {
        if (received.recommendations().stream().noneMatch(recommendation -> recommendation.recommendationId()
                .equals(recommendationId))) {
            throw RecommendationRules.NO_SUCH_RECOMMENDATION.broken("Report " + reportId + " makes no recommendation "
                    + recommendationId).at("recommendationId");
        }
    }

    @EventSourcingHandler
    void on(ScrutinyReportReceived event) {
        reportId = event.reportId();
        received = event;
    }

    @EventSourcingHandler
    void on(ScrutinyReportCorrected event) {
        received = event.corrected();
    }

    @EventSourcingHandler
    void on(RecommendationResponded event) {
        responses.put(event.recommendationId(), event);
    }

    @EventSourcingHandler
    void on(RecommendationResponseCorrected event) {
        responses.put(event.recommendationId(), event.corrected());
    }

    @EventSourcingHandler
    void on(RecommendationProgressReported event) {
        progress.computeIfAbsent(event.recommendationId(), id -> new ArrayList<>()).add(event);
    }

    @EventSourcingHandler
    void on(RecommendationProgressCorrected event) {
        progress.get(event.recommendationId()).set(event.update() - 1, event.corrected());
    }
}
