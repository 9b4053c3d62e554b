package org.minutebook.query.deadletters;

import com.mongodb.MongoException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * What a failure to project an event means. A failure of MongoDB itself (unreachable, timed out, no primary) is
 * not the event's fault: parking would dead-letter every meeting during an outage, so it is thrown on and the
 * processor retries its batch with back-off, parking nothing. Any other failure is the event's (or its record's):
 * the event is parked, and each failed attempt counted ({@value #ATTEMPTS}).
 */
class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isStoreFailure(cause)) {
            // a letter read back from the queue is a retry; any other is an event met for the first time
            if (!(letter instanceof MongoDeadLetter<?>)) {
                throw new StoreUnavailable(cause);
            }
            // a retry during an outage proves nothing about the event: it stays parked, the attempt not counted
            return Decisions.requeue(cause);
        }
        return Decisions.requeue(cause, parked -> parked.diagnostics().and(ATTEMPTS, attempts(parked) + 1));
    }

    static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 0;
    }

    private static boolean isStoreFailure(Throwable cause) {
        for (Throwable current = cause; current != null; current = current.getCause()) {
            if (current instanceof MongoException) {
                return true;
            }
        }
        return false;
    }

    /** MongoDB failed while an event was projected: the processor retries, the event is not parked. */
    static final class StoreUnavailable extends RuntimeException {

        StoreUnavailable(Throwable cause) {
            super("MongoDB failed while projecting; the processor retries its batch", cause);
        }
    }
}
