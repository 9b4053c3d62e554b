package org.minutebook.command.platform;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sealing processor waits for the clerk's next fact; when it comes, it lingers so that the facts recorded in
 * the meantime are sealed with it, under one signature — but a backlog is taken at once, and a batch being taken
 * is never held up.
 */
class LingeringSourceTest {

    private static final Duration LINGER = Duration.ofSeconds(2);

    private final Deque<TrackedEventMessage<?>> stored = new ArrayDeque<>();
    private final BlockingStream<TrackedEventMessage<?>> stream = new LingeringSource(new Store(), LINGER)
            .openStream(null);

    @Test
    void theFirstFactAfterAQuietMomentIsTakenAfterTheLinger() throws InterruptedException {
        new Thread(() -> {
            sleep(100);
            synchronized (stored) {
                stored.add(fact(1));
            }
        }).start();

        long started = System.nanoTime();
        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(LINGER);
    }

    @Test
    void aBacklogAndABatchBeingTakenAreNotHeldUp() throws InterruptedException {
        synchronized (stored) {
            stored.add(fact(1));
            stored.add(fact(2));
        }

        long started = System.nanoTime();
        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
        stream.nextAvailable();
        assertThat(stream.hasNextAvailable()).isTrue();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LINGER);
    }

    @Test
    void nothingRecordedIsNothingAvailable() throws InterruptedException {
        assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
    }

    private static TrackedEventMessage<?> fact(long index) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(index),
                GenericEventMessage.asEventMessage("apology " + index));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The event store as a processor sees it: events appear, and are waited for. */
    private final class Store implements StreamableMessageSource<TrackedEventMessage<?>>,
            BlockingStream<TrackedEventMessage<?>> {

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            return this;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            synchronized (stored) {
                return Optional.ofNullable(stored.peek());
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            do {
                if (peek().isPresent()) {
                    return true;
                }
                Thread.sleep(5);
            } while (System.nanoTime() < deadline);
            return peek().isPresent();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            synchronized (stored) {
                return stored.poll();
            }
        }

        @Override
        public void close() {
        }
    }
}
