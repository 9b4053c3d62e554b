package org.minutebook.command.platform;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event store as one tracking processor reads it, with a say in when the processor takes its next batch. A
 * tracking processor waiting for a batch asks its stream whether an event is available within a timeout, and grows
 * its batch by peeking at the next event; only those questions are paced here. The events, their order and the processor's position are the store's: pacing may
 * delay a batch, never skip or reorder an event.
 */
abstract class PacedSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;

    PacedSource(StreamableMessageSource<TrackedEventMessage<?>> events) {
        this.events = events;
    }

    /**
     * Whether the processor, waiting up to the timeout for its next batch, takes one now; the stream answers for
     * the events. A timeout of zero asks only whether events wait (the processor's "caught up" check): answer it
     * with the stream's truth.
     */
    abstract boolean takesBatch(BlockingStream<TrackedEventMessage<?>> stream, int timeout, TimeUnit unit)
            throws InterruptedException;

    /** Whether the batch being taken may grow by the next event; a batch's next event is one peeked at. */
    boolean batchGrows() {
        return true;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Paced(events.openStream(trackingToken));
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

    private final class Paced implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;

        Paced(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return takesBatch(stream, timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return batchGrows() ? stream.peek() : Optional.empty();
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
