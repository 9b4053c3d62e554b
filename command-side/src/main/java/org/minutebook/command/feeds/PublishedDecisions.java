package org.minutebook.command.feeds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.executive.ExecutiveDecisionEvent;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.events.published.Correction;
import org.minutebook.events.published.PublishedDecision;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A decision as it is published, describing itself: what {@link Decisions} says it decided, where — the council, the
 * committee as named on the day, the meeting and its date, the item — read from the meeting's facts recorded before
 * it (as corrected by then), and its committee's; nothing published on an item that was exempt then. A correction of
 * a decision is the decision as it now reads (or as it read, struck out), under the decision's own id.
 * <p>
 * Read from the event store alone, without the meeting's aggregate: no second lock on a record the clerk may be
 * writing.
 */
@Component
class PublishedDecisions {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    /** A fact other than a correction never asks what a correction corrects. */
    private static final Function<FactCorrected, Optional<MeetingEvent>> NOT_READ = correction -> {
        throw new IllegalStateException("A correction is read with its meeting's history");
    };

    private final MeetingHistories histories;
    private final EventStore eventStore;
    private final CommitteesOnTheDay committees;
    private final ObjectMapper json;

    PublishedDecisions(MeetingHistories histories, EventStore eventStore, CommitteesOnTheDay committees,
                       ObjectMapper json) {
        this.histories = histories;
        this.eventStore = eventStore;
        this.committees = committees;
        this.json = json;
    }

    /**
     * The decision the event records, as published; empty when it is none, or is about exempt business. Whether a
     * fact other than a correction is a decision is known from the fact alone, so the meeting's history is read only
     * for decisions and corrections: reading it for every event made the feed's work grow with the square of a
     * meeting's length (a fifth of the command side's CPU in the commands figure); it is read once per meeting
     * ({@link MeetingHistories}).
     */
    Optional<PublishedDecision> of(MeetingEvent event, DomainEventMessage<?> message) {
        histories.heard(event, message);
        if (!(event instanceof FactCorrected) && new Decisions(NOT_READ).of(event).isEmpty()) {
            return Optional.empty();
        }
        String meetingId = message.getAggregateIdentifier();
        Map<Long, MeetingEvent> before = histories.before(meetingId, message.getSequenceNumber());
        Map<Long, MeetingEvent> asCorrected = asCorrected(before);
        Decisions decisions = new Decisions(correction -> Optional.ofNullable(before.get(correction
                .correctsSequenceNumber())).map(original -> correction.replacement() == null
                ? asCorrected.getOrDefault(correction.correctsSequenceNumber(), original)
                : read(original, correction.replacement())));
        return decisions.of(event).flatMap(decision -> {
            MeetingOnTheDay day = MeetingOnTheDay.of(List.copyOf(asCorrected.values()));
            if (decision.itemId() != null && day.isExempt(decision.itemId())) {
                return Optional.empty();
            }
            FactCorrected correction = event instanceof FactCorrected corrected ? corrected : null;
            long decided = correction == null ? message.getSequenceNumber() : correction.correctsSequenceNumber();
            return Optional.of(new PublishedDecision(message.getIdentifier(), meetingId + ":" + decided,
                    correction == null ? PublishedDecision.Status.RECORDED : correction.replacement() == null
                            ? PublishedDecision.Status.STRUCK_OUT : PublishedDecision.Status.CORRECTED,
                    message.getTimestamp(), committees.of(day.committeeId(), day.date()), day.meeting(meetingId),
                    decision.itemId() == null ? null : day.item(decision.itemId()), decision.kind(),
                    decision.outcome(), decision.text(), decision.motion(), decision.sentOn(), decision.minutes(),
                    decision.reason(), correction == null ? null : new Correction(correction.partId(),
                    correction.reason(), correction.correctedBy(), correction.notedAtMeetingId()), null));
        });
    }

    /**
     * A step in the life of a decision outside a meeting, as published: what the step was, and the decision as it
     * stands after it (its events up to this one, folded as the read model folds them); its exempt part never. A
     * correction of its plan or of its record is published as that step, corrected, as a committee's is.
     * Every step is a publication, and a decision has a handful of steps, so its history is read for each.
     */
    PublishedDecision of(ExecutiveDecisionEvent event, DomainEventMessage<?> message) {
        String decisionId = message.getAggregateIdentifier();
        List<ExecutiveDecisionEvent> upTo = eventStore.readEvents(decisionId).asStream()
                .takeWhile(recorded -> recorded.getSequenceNumber() <= message.getSequenceNumber())
                .map(recorded -> (ExecutiveDecisionEvent) recorded.getPayload())
                .toList();
        OutsideMeeting decision = OutsideMeeting.of(upTo);
        DecisionsOutsideMeetings.Step step = DecisionsOutsideMeetings.stepOf(event);
        return new PublishedDecision(message.getIdentifier(), decisionId, step.correction() == null
                ? PublishedDecision.Status.RECORDED : PublishedDecision.Status.CORRECTED,
                message.getTimestamp(), null, null, null, step.kind(), step.outcome(),
                decision.taken() != null ? decision.taken().decision() : decision.title(), null, null, null,
                step.reason(), step.correction(), decision);
    }

    /** The facts as corrected by the corrections among them: corrected facts as they now read, struck-out ones gone. */
    private Map<Long, MeetingEvent> asCorrected(Map<Long, MeetingEvent> recorded) {
        Map<Long, MeetingEvent> facts = new LinkedHashMap<>(recorded);
        recorded.values().forEach(event -> {
            if (event instanceof FactCorrected correction) {
                MeetingEvent original = recorded.get(correction.correctsSequenceNumber());
                if (correction.replacement() == null || original == null) {
                    facts.remove(correction.correctsSequenceNumber());
                } else {
                    facts.put(correction.correctsSequenceNumber(), read(original, correction.replacement()));
                }
            }
        });
        facts.values().removeIf(FactCorrected.class::isInstance);
        return facts;
    }

    /** The original with the replacement's fields over its own, as the record reads a corrected fact. */
    private MeetingEvent read(MeetingEvent original, Map<String, Object> replacement) {
        Map<String, Object> fields = new HashMap<>(json.convertValue(original, FIELDS));
        fields.putAll(replacement);
        return json.convertValue(fields, original.getClass());
    }
}
