package org.minutebook.command.platform;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The broker's acknowledgements of a processor batch's records, awaited once, just before the batch commits its
 * position: sending the next record without waiting for the last keeps a meeting's records in order (the
 * producer is idempotent), and the position still moves only past records the broker holds. A record that fails
 * rolls the whole batch back, so it is sent again: publication stays at least once, never lossy.
 */
public final class BatchAcknowledgements {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private BatchAcknowledgements() {
    }

    /** Awaits the record's acknowledgement with the rest of the batch; outside a batch, at once. */
    public static void await(Future<RecordMetadata> acknowledgement, String what) {
        if (!CurrentUnitOfWork.isStarted()) {
            awaitAll(List.of(acknowledgement), what);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<List<Future<RecordMetadata>>>getOrComputeResource(BatchAcknowledgements.class.getName() + what,
                key -> {
                    List<Future<RecordMetadata>> pending = new ArrayList<>();
                    batch.onPrepareCommit(unitOfWork -> awaitAll(pending, what));
                    return pending;
                }).add(acknowledgement);
    }

    /** Awaits the acknowledgements now, within the same patience as a batch's. */
    public static void awaitAll(List<Future<RecordMetadata>> pending, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            for (Future<RecordMetadata> acknowledgement : pending) {
                acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublicationFailedException("Interrupted while publishing " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventPublicationFailedException("The broker did not acknowledge " + what, e);
        }
    }
}
