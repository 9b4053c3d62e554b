package org.minutebook.command.meetings;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;

import java.util.ArrayList;
import java.util.List;

/** The type of each event of the meeting by sequence number, so a correction can name what it corrects. */
final class EventLog {

    private final List<String> types = new ArrayList<>();

    @EventSourcingHandler
    void on(Object event, @SequenceNumber long sequenceNumber) {
        while (types.size() <= sequenceNumber) {
            types.add(null);
        }
        types.set((int) sequenceNumber, event.getClass().getName());
    }

    String typeAt(long sequenceNumber) {
        return sequenceNumber < types.size() ? types.get((int) sequenceNumber) : null;
    }
}
