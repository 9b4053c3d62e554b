package org.minutebook.query.deadletters;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.minutebook.events.EventTypes;

import java.time.Instant;

/**
 * An event parked in a dead-letter queue, as an operator reads it. The first parked event of a record failed
 * ({@code cause}, {@code attempts}); each later one ({@code position} 1, 2…) only waits behind it, in order.
 *
 * @param id the event's id (its CloudEvent {@code ce_id})
 * @param processor the processor (read model) that parked it
 * @param recordId the meeting (or committee) whose later events wait behind it
 * @param eventType the event's public type name
 * @param sequenceNumber its place among the record's events
 * @param cause why it could not be projected; null for an event that only waits behind another
 * @param firstFailedAt when it was parked
 * @param lastFailedAt when it was last tried (or parked)
 * @param attempts how many times projecting it failed
 * @param position 0 for the event that failed, n for the n-th event of its record waiting behind it
 * @param eventsQueuedBehind for the event that failed, how many of its record's later events wait behind it
 */
public record ParkedEvent(String id, String processor, String recordId, String eventType, Long sequenceNumber,
                          Failure cause, Instant firstFailedAt, Instant lastFailedAt, int attempts, int position,
                          int eventsQueuedBehind) {

    /** The failure: the exception's type and message. */
    public record Failure(String type, String message) {
    }

    static ParkedEvent of(String processor, DeadLetter<? extends EventMessage<?>> letter, int position, int behind) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domainEvent = event instanceof DomainEventMessage<?> domain ? domain : null;
        Class<?> type = event.getPayloadType();
        return new ParkedEvent(event.getIdentifier(), processor, recordOf(letter),
                EventTypes.nameOf(type).orElse(type.getName()),
                domainEvent == null ? null : domainEvent.getSequenceNumber(),
                letter.cause().map(ParkedEvent::failure).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), ParkingPolicy.attempts(letter), position, behind);
    }

    /** The record a letter belongs to: its sequence in the queue, the event's aggregate. */
    static String recordOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    private static Failure failure(Cause cause) {
        return new Failure(cause.type(), cause.message());
    }
}
