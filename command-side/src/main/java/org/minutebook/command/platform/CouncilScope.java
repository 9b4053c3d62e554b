package org.minutebook.command.platform;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.access.Actor;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.meetings.MeetingScheduled;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A clerk writes only the records of the councils they serve: a committee's council is in its registration, a
 * meeting's is its committee's. Both are the first event of their record and never change, so what was read once
 * is remembered (a bounded number of records).
 */
@Component
class CouncilScope {

    private static final int REMEMBERED = 10_000;
    private static final String NOT_STATED = "";

    private final EventStore events;
    private final Map<String, String> councils = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED;
                }
            });

    CouncilScope(EventStore events) {
        this.events = events;
    }

    /** Refuses the command when the actor serves other councils than the record's; an unknown record passes. */
    void check(Object command, String recordId) {
        Optional<Actor> actor = Actor.current();
        if (actor.isEmpty() || actor.get().councils().isEmpty()) {
            return;
        }
        Optional<String> council = command instanceof ForCouncil forCouncil ? Optional.of(stated(forCouncil.council()))
                : command instanceof ForCommittee forCommittee ? councilOf(forCommittee.committeeId())
                : councilOf(recordId);
        council.filter(name -> !actor.get().serves(name)).ifPresent(name -> {
            throw new CouncilNotServed(name);
        });
    }

    private Optional<String> councilOf(String recordId) {
        String known = councils.get(recordId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> council = firstEvent(recordId).flatMap(first -> {
            if (first.getPayload() instanceof CommitteeRegistered registered) {
                return Optional.of(stated(registered.council()));
            }
            if (first.getPayload() instanceof MeetingScheduled scheduled) {
                return councilOf(scheduled.committeeId());
            }
            return Optional.empty();
        });
        council.ifPresent(name -> councils.put(recordId, name));
        return council;
    }

    /**
     * A record whose council is not stated (a committee imported from a page that does not name it) is no council's
     * in particular: a clerk who serves only some councils may not write it.
     */
    private static String stated(String council) {
        return council == null ? NOT_STATED : council;
    }

    private Optional<DomainEventMessage<?>> firstEvent(String recordId) {
        DomainEventStream stream = events.readEvents(recordId, 0);
        return stream.hasNext() ? Optional.of(stream.next()) : Optional.empty();
    }

    /** Answered 403: the record is of a council the clerk does not serve. */
    static final class CouncilNotServed extends RuntimeException {

        CouncilNotServed(String council) {
            super(council.isEmpty() ? "This record names no council; only a clerk of every council may write it"
                    : "You do not serve " + council + ", whose record this is");
        }
    }
}
