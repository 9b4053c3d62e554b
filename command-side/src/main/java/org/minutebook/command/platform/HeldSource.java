package org.minutebook.command.platform;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the publishing processor reads it: while an operator holds publication
 * ({@link PublicationHold}), the processor finds no batch to take and waits, its position where it was; released,
 * or the hold lapsed, it takes the events recorded meanwhile from where it stood. A batch being taken when the hold
 * begins ends there and is published.
 */
final class HeldSource extends PacedSource {

    private final PublicationHold hold;

    HeldSource(StreamableMessageSource<TrackedEventMessage<?>> events, PublicationHold hold) {
        super(events);
        this.hold = hold;
    }

    @Override
    boolean takesBatch(BlockingStream<TrackedEventMessage<?>> stream, int timeout, TimeUnit unit)
            throws InterruptedException {
        if (timeout <= 0) {
            return stream.hasNextAvailable(timeout, unit);
        }
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        do {
            if (!hold.awaitRelease(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))
                    || !stream.hasNextAvailable(millisLeft(deadline), TimeUnit.MILLISECONDS)) {
                return false;
            }
            // held while the processor waited for the events: they wait for the release too
        } while (hold.isHeld());
        return true;
    }

    /** A hold beginning while a batch is taken ends the batch there. */
    @Override
    boolean batchGrows() {
        return !hold.isHeld();
    }

    private static int millisLeft(long deadline) {
        return (int) Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }
}
