package org.minutebook.query.record;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minutebook.events.EventTypes;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.corrections.FactCorrected;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Folds a meeting's events, in order, into its {@link MeetingRecord}. A new event is applied to the record as it
 * stands; only a correction, which changes what came before it, folds the meeting again from its first event: the
 * corrected event is read as its replacement (the fields given over the original's) or struck out, and the facts
 * it records are marked corrected. Folding only the events recorded up to an instant gives the record as it stood
 * then.
 * <p>
 * Each part of the record has its folding, a visitor over the part's events ({@link AttendanceFolding}…): an event
 * added to the contract does not compile until its part's folding says how it changes the record.
 */
public final class RecordFold {

    static final String CORRECTION_UNREADABLE = "correction-unreadable";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    /** Where the event being applied sits in the meeting's stream, and whether a correction changed it. */
    record At(long sequenceNumber, boolean corrected) {
    }

    /** How one event changes the record, told where it sits in the meeting's stream. */
    @FunctionalInterface
    interface Change {
        void apply(MeetingRecord record, At at);
    }

    private static final Foldings FOLDINGS = new Foldings();

    private final ObjectMapper json;

    public RecordFold(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The record with one more event: nothing changes for an event it already holds (delivered again). A correction
     * folds the meeting again from {@code history}, its events up to and including the correction; one whose
     * replacement does not read as the event it corrects is refused (rule {@value #CORRECTION_UNREADABLE}), so it
     * is parked as a dead letter for an operator to see rather than kept as a warning no one reads. (A copy kept
     * before this rule still folds as it did, with its warning.)
     */
    public MeetingRecord apply(MeetingRecord record, RecordedEvent event, Supplier<List<RecordedEvent>> history) {
        if (event.sequenceNumber() <= record.version()) {
            return record;
        }
        if (event.event() instanceof FactCorrected correction) {
            List<RecordedEvent> events = history.get();
            if (correction.replacement() != null) {
                events.stream().filter(original -> original.sequenceNumber() == correction.correctsSequenceNumber())
                        .findFirst().ifPresent(original -> replaced(original, correction));
            }
            return fold(record.meetingId(), events);
        }
        applyOne(record, event, false);
        return record;
    }

    /** The record from the meeting's first event, corrections applied. */
    public MeetingRecord fold(String meetingId, List<RecordedEvent> events) {
        MeetingRecord record = new MeetingRecord(meetingId);
        Map<Long, RecordedEvent> effective = new HashMap<>();
        Set<Long> corrected = new HashSet<>();
        events.forEach(event -> effective.put(event.sequenceNumber(), event));
        for (RecordedEvent event : events) {
            if (event.event() instanceof FactCorrected correction) {
                long target = correction.correctsSequenceNumber();
                corrected.add(target);
                effective.put(target, corrected(record, effective.get(target), event, correction));
                record.corrections.add(new MeetingRecord.Correction(event.sequenceNumber(), event.recordedAt(),
                        target, correction.correctsEventType(), correction.partId(), correction.reason(),
                        correction.correctedBy(), correction.notedAtMeetingId(), correction.replacement() == null));
            }
        }
        for (RecordedEvent event : events) {
            RecordedEvent current = effective.get(event.sequenceNumber());
            if (current != null && !(current.event() instanceof FactCorrected)) {
                applyOne(record, current, corrected.contains(current.sequenceNumber()));
            }
            record.reached(event.sequenceNumber(), event.recordedAt());
        }
        return record;
    }

    private void applyOne(MeetingRecord record, RecordedEvent event, boolean corrected) {
        if (event.event() instanceof MeetingEvent fact) {
            fact.byPart(FOLDINGS).apply(record, new At(event.sequenceNumber(), corrected));
        } else {
            record.warn(event.sequenceNumber(), "The record has no place for " + typeName(event.event()));
        }
        record.reached(event.sequenceNumber(), event.recordedAt());
    }

    /** The original as corrected, or null when struck out (or when there is no such event to correct). */
    private RecordedEvent corrected(MeetingRecord record, RecordedEvent original, RecordedEvent correctionEvent,
                                    FactCorrected correction) {
        if (original == null) {
            record.warn(correctionEvent.sequenceNumber(), "A correction of event "
                    + correction.correctsSequenceNumber() + ", which the record does not hold");
            return null;
        }
        if (correction.replacement() == null) {
            return null;
        }
        try {
            return replaced(original, correction);
        } catch (CorrectionUnreadable unreadable) {
            record.warn(correctionEvent.sequenceNumber(), "A correction of event " + original.sequenceNumber()
                    + " does not read as " + typeName(original.event()) + "; the event is kept as recorded");
            return original;
        }
    }

    /** The original with the replacement's fields given over its own. */
    private RecordedEvent replaced(RecordedEvent original, FactCorrected correction) {
        Map<String, Object> merged = json.convertValue(original.event(), FIELDS);
        merged.putAll(correction.replacement());
        try {
            return new RecordedEvent(original.sequenceNumber(), original.recordedAt(),
                    json.convertValue(merged, original.event().getClass()));
        } catch (IllegalArgumentException unreadable) {
            throw new CorrectionUnreadable(correction, typeName(original.event()), unreadable);
        }
    }

    /** A correction's replacement does not read as the event it corrects. */
    static final class CorrectionUnreadable extends IllegalArgumentException {

        CorrectionUnreadable(FactCorrected correction, String type, IllegalArgumentException cause) {
            super(CORRECTION_UNREADABLE + ": the correction of event " + correction.correctsSequenceNumber()
                    + " does not read as " + type + " (" + cause.getMessage().lines().findFirst().orElse("") + ")",
                    cause);
        }
    }

    private static String typeName(Object event) {
        return EventTypes.nameOf(event.getClass()).orElse(event.getClass().getName());
    }
}
