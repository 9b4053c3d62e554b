package org.minutebook.command.feeds;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.published.Committee;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * A committee as a published decision names it: its council, and the name it met under on the meeting's day (a
 * committee renamed later keeps, in its decisions, the name it had then). Read from the committee's events in the
 * event store, as they stand: no committee is loaded or locked.
 */
@Component
class CommitteesOnTheDay {

    private final EventStore events;

    CommitteesOnTheDay(EventStore events) {
        this.events = events;
    }

    /** The committee on the day (its latest name when the day is not stated); name and council null if unknown. */
    Committee of(String committeeId, LocalDate day) {
        if (committeeId == null) {
            return new Committee(null, null, null);
        }
        String name = null;
        String council = null;
        LocalDate renamedFrom = null;
        for (DomainEventMessage<?> event : events.readEvents(committeeId).asStream().toList()) {
            // committee events have no visitor: only these two say what a decision names
            if (event.getPayload() instanceof CommitteeRegistered registered) {
                name = registered.name();
                council = registered.council();
            } else if (event.getPayload() instanceof CommitteeRenamed renamed
                    && (day == null || !renamed.effectiveFrom().isAfter(day))
                    && (renamedFrom == null || !renamed.effectiveFrom().isBefore(renamedFrom))) {
                name = renamed.name();
                renamedFrom = renamed.effectiveFrom();
            }
        }
        return new Committee(committeeId, name, council);
    }
}
