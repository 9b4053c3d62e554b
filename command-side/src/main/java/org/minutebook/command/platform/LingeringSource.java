package org.minutebook.command.platform;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The event store as a processor that need not be prompt reads it: when the first event arrives after a quiet
 * moment, the processor lingers a little before it takes its batch, so the events recorded meanwhile join it. A
 * backlog is read at once. Sealing reads through it: one signature a batch, and with one clerk recording, a batch
 * was one event — a signature a command (docs/performance.md).
 */
final class LingeringSource extends PacedSource {

    private final Duration linger;

    LingeringSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger) {
        super(events);
        this.linger = linger;
    }

    /** A processor waiting for its next batch lingers once events arrive; taking the batch, it does not. */
    @Override
    boolean takesBatch(BlockingStream<TrackedEventMessage<?>> stream, int timeout, TimeUnit unit)
            throws InterruptedException {
        if (timeout <= 0 || stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            return stream.hasNextAvailable(timeout, unit);
        }
        if (!stream.hasNextAvailable(timeout, unit)) {
            return false;
        }
        Thread.sleep(linger.toMillis());
        return true;
    }
}
