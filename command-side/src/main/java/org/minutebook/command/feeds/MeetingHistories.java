package org.minutebook.command.feeds;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.minutebook.events.MeetingEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Iterator;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The facts of the meetings the decisions feed has just heard, so that a decision's history (what the meeting had
 * recorded before it) is read from the event store once per meeting, not once per decision: the feed hears every
 * fact in order, and a meeting's decisions come among its other facts. What is kept is a meeting's facts from its
 * first on, without a gap, bounded by their stored size; stored facts never change, so what is kept is never stale.
 */
@Component
class MeetingHistories {

    /**
     * The stored size of the facts kept, all meetings together: four megabytes, the meetings a few dozen clerks
     * record at once. Kept deserialized, facts weigh several times their stored size in the heap; sixteen megabytes
     * were a large part of the command side's live set under load (docs/performance.md).
     */
    static final long KEPT_BYTES = 4L * 1024 * 1024;

    private final EventStore eventStore;
    private final Serializer serializer;
    private final Cache<String, History> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((String meetingId, History history) -> history.bytes())
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    MeetingHistories(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    /** Keeps the fact when it continues what is kept of its meeting. */
    synchronized void heard(MeetingEvent event, DomainEventMessage<?> message) {
        History history = kept.getIfPresent(message.getAggregateIdentifier());
        if (history != null && history.next == message.getSequenceNumber()) {
            history.add(message.getSequenceNumber(), event, size(message));
            kept.put(message.getAggregateIdentifier(), history);
        }
    }

    /** The meeting's facts recorded before the sequence number, by sequence number. */
    synchronized SortedMap<Long, MeetingEvent> before(String meetingId, long sequenceNumber) {
        History history = kept.get(meetingId, id -> new History());
        if (history.next < sequenceNumber) {
            Iterator<? extends DomainEventMessage<?>> stored = eventStore.readEvents(meetingId, history.next)
                    .asStream().takeWhile(recorded -> recorded.getSequenceNumber() < sequenceNumber).iterator();
            while (stored.hasNext()) {
                DomainEventMessage<?> recorded = stored.next();
                if (recorded.getSequenceNumber() != history.next) {
                    break;
                }
                history.add(recorded.getSequenceNumber(), recorded.getPayload() instanceof MeetingEvent fact
                        ? fact : null, size(recorded));
            }
            kept.put(meetingId, history);
        }
        SortedMap<Long, MeetingEvent> facts = new TreeMap<>();
        history.facts.headMap(sequenceNumber).forEach((number, fact) -> {
            if (fact != null) {
                facts.put(number, fact);
            }
        });
        return facts;
    }

    private int size(DomainEventMessage<?> message) {
        return message.serializePayload(serializer, byte[].class).getData().length;
    }

    /** A meeting's facts from the first, without a gap; a stored event that is no meeting fact is kept as null. */
    private static final class History {
        private final TreeMap<Long, MeetingEvent> facts = new TreeMap<>();
        private long next;
        private int bytes;

        void add(long sequenceNumber, MeetingEvent fact, int size) {
            facts.put(sequenceNumber, fact);
            next = sequenceNumber + 1;
            bytes = (int) Math.min(Integer.MAX_VALUE, (long) bytes + size);
        }

        int bytes() {
            return bytes;
        }
    }
}
