package org.minutebook.command.platform;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event store as a processor that need not be prompt reads it: when the first event arrives after a quiet
 * moment, the processor lingers a little before it takes its batch, so the events recorded meanwhile join it. A
 * backlog is read at once. Sealing reads through it: one signature a batch, and with one clerk recording, a batch
 * was one event — a signature a command (docs/performance.md).
 */
final class LingeringSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Duration linger;

    LingeringSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger) {
        this.events = events;
        this.linger = linger;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Lingering(events.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    private final class Lingering implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;

        Lingering(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        /** A processor waiting for its next batch lingers once events arrive; taking the batch, it does not. */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (timeout <= 0 || stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
                return stream.hasNextAvailable(timeout, unit);
            }
            if (!stream.hasNextAvailable(timeout, unit)) {
                return false;
            }
            Thread.sleep(linger.toMillis());
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
