package org.minutebook.command.meetings;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.corrections.FactCorrected;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every event of the meeting by sequence number, as recorded and as corrected: what a correction names, and what
 * the record is rebuilt from when a correction changes it.
 */
final class EventLog {

    private final List<MeetingEvent> recorded = new ArrayList<>();
    private final Map<Long, MeetingEvent> corrected = new LinkedHashMap<>();
    private final Consumer<List<Sequenced>> onCorrection;

    EventLog(Consumer<List<Sequenced>> onCorrection) {
        this.onCorrection = onCorrection;
    }

    /** An event of the meeting and its sequence number. */
    record Sequenced(long sequenceNumber, MeetingEvent event) {
    }

    @EventSourcingHandler
    void on(MeetingEvent event, @SequenceNumber long sequenceNumber) {
        while (recorded.size() <= sequenceNumber) {
            recorded.add(null);
        }
        recorded.set((int) sequenceNumber, event);
        if (event instanceof FactCorrected correction) {
            corrected.put(correction.correctsSequenceNumber(),
                    correction.replacement() == null ? null : CorrectedFacts.read(eventAt(correction
                            .correctsSequenceNumber()), correction.replacement()));
            onCorrection.accept(effective(-1));
        }
    }

    /** The event recorded at a sequence number, as first recorded; null when there is none. */
    MeetingEvent eventAt(long sequenceNumber) {
        return sequenceNumber >= 0 && sequenceNumber < recorded.size() ? recorded.get((int) sequenceNumber) : null;
    }

    /**
     * The record's facts as they stand, in order: corrected facts as corrected, struck-out facts left out, the
     * corrections themselves left out; and the fact at {@code except}, if any, left out too.
     */
    List<Sequenced> effective(long except) {
        List<Sequenced> effective = new ArrayList<>();
        for (int sequenceNumber = 0; sequenceNumber < recorded.size(); sequenceNumber++) {
            MeetingEvent event = recorded.get(sequenceNumber);
            if (event == null || event instanceof FactCorrected || sequenceNumber == except) {
                continue;
            }
            MeetingEvent current = corrected.containsKey((long) sequenceNumber) ? corrected.get((long) sequenceNumber)
                    : event;
            if (current != null) {
                effective.add(new Sequenced(sequenceNumber, current));
            }
        }
        return effective;
    }
}
