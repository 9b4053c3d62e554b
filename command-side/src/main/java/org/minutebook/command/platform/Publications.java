package org.minutebook.command.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends the events a processor batch publishes (the meeting events, the decisions) and awaits the broker's
 * acknowledgements once, just before the batch commits its position: sending the next record without waiting for
 * the last keeps a meeting's records in order (the producer is idempotent), and the position moves only past
 * records the broker holds or that were parked.
 * <ul>
 *   <li>A record the broker refuses for good (too large, malformed) is parked ({@link ParkedPublications}, with
 *   the alarm raised) and the batch goes on: one event never stops publication for every meeting.</li>
 *   <li>Any other failure (a broker away, a timeout) rolls the batch back, so it is sent again; the records of it
 *   the broker had acknowledged are remembered a while and not sent twice.</li>
 * </ul>
 */
@Component
public class Publications {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PENDING = Publications.class.getName() + ".pending";
    private static final int REMEMBERED = 100_000;

    private final ParkedPublications parked;
    /** Records acknowledged in a batch that then failed: its retry does not send them again. */
    private final Cache<Sending, Boolean> acknowledged = Caffeine.newBuilder().maximumSize(REMEMBERED)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    Publications(ParkedPublications parked) {
        this.parked = parked;
    }

    /** Sends the event's record to the topic with the batch's others; outside a batch, awaits it at once. */
    public void send(EventMessage<?> event, String topic, Supplier<Future<RecordMetadata>> send) {
        Sending sending = new Sending(event.getIdentifier(), topic);
        if (acknowledged.getIfPresent(sending) != null) {
            return;
        }
        Pending pending;
        try {
            pending = new Pending(sending, event, send.get());
        } catch (RuntimeException unsendable) {
            if (!refusedForGood(unsendable)) {
                throw unsendable;
            }
            parked.park(event, topic, unsendable);
            return;
        }
        if (!CurrentUnitOfWork.isStarted()) {
            awaitPending(List.of(pending));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<List<Pending>>getOrComputeResource(PENDING, key -> {
            List<Pending> batchPending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> awaitPending(batchPending));
            return batchPending;
        }).add(pending);
    }

    /** Awaits acknowledgements now, within the same patience as a batch's; any failure fails the caller. */
    public static void awaitAll(List<Future<RecordMetadata>> acknowledgements, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(remaining(deadline), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublicationFailedException("Interrupted while publishing " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventPublicationFailedException("The broker did not acknowledge " + what, e);
        }
    }

    private void awaitPending(List<Pending> batch) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Sending> sent = new ArrayList<>();
        Exception failure = null;
        for (Pending pending : batch) {
            try {
                pending.acknowledgement().get(remaining(deadline), TimeUnit.NANOSECONDS);
                sent.add(pending.sending());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
                break;
            } catch (ExecutionException e) {
                if (refusedForGood(e.getCause())) {
                    parked.park(pending.event(), pending.sending().topic(), e.getCause());
                } else if (failure == null) {
                    failure = e;
                }
            } catch (TimeoutException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            sent.forEach(sending -> acknowledged.put(sending, Boolean.TRUE));
            throw new EventPublicationFailedException("The broker did not acknowledge " + (batch.size() - sent.size())
                    + " of the batch's " + batch.size() + " records; the batch is sent again", failure);
        }
    }

    /** Whether the broker refused the record itself, so that sending it again would be refused again. */
    static boolean refusedForGood(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidRecordException || failure instanceof CorruptRecordException
                || failure instanceof SerializationException;
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private record Sending(String eventId, String topic) {
    }

    private record Pending(Sending sending, EventMessage<?> event, Future<RecordMetadata> acknowledgement) {
    }
}
