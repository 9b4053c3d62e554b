package org.minutebook.query.record;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The meeting records' writes, batch after batch, on a thread of their own, so that the projection reads, folds and
 * renders the next batch while the last one's writes are in flight (each batch's round trips to MongoDB took most of
 * its time, one after another on the path of every fact behind it). What keeps it consistent:
 * <ul>
 *     <li>a batch's writes start once the batch's before it are done, and the processor's position after a batch
 *     is stored behind them ({@link PositionsAfterWrites}): a stored position still says every batch before it is
 *     written;</li>
 *     <li>a write that fails fails every batch after it: their writes and positions are never made, and the
 *     processor, told at its next position, goes back to the one stored and projects them all again;</li>
 *     <li>a batch waits for the writes of any meeting of its own still in flight before reading what is stored of
 *     it (then kept folded, handed on in memory), and at most one batch's writes are in flight while the next is
 *     folded, so the writes never fall behind without bound;</li>
 *     <li>a dead letter tried again, a rebuild and a shutdown wait for the writes in flight.</li>
 * </ul>
 */
@Component
class WritesInFlight {

    private static final CompletableFuture<Void> NONE = CompletableFuture.completedFuture(null);

    /** One thread: a batch's writes and the positions behind them in the order they came (daemon: none outlives it). */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "meeting-records-writes");
        thread.setDaemon(true);
        return thread;
    });
    /** The meetings of the batches whose writes are in flight: each to the last batch writing it. */
    private final Map<String, CompletableFuture<Void>> meetings = new ConcurrentHashMap<>();
    private CompletableFuture<Void> last = NONE;
    private CompletableFuture<Void> lastBatch = NONE;

    /**
     * Writes a batch of these meetings once the batches before it are written, waiting first for the last batch's
     * writes (so one batch's writes at most are in flight while the next is read, folded and rendered).
     */
    void write(Collection<String> meetingIds, Runnable writes) {
        CompletableFuture<Void> before;
        synchronized (this) {
            before = lastBatch;
        }
        awaitQuietly(before);
        CompletableFuture<Void> batch;
        synchronized (this) {
            batch = last.thenRunAsync(writes, writer);
            last = batch;
            lastBatch = batch;
        }
        meetingIds.forEach(meetingId -> meetings.put(meetingId, batch));
        batch.whenComplete((done, failed) -> meetingIds.forEach(meetingId -> meetings.remove(meetingId, batch)));
    }

    /**
     * Runs this (a position stored) once every write before it is done, and never if one of them failed; at once
     * when nothing is in flight. Fails, as the first write that failed, when one has since the processor last took
     * up its stored position ({@link #settle}): the batch storing it is then tried again from there.
     */
    void afterWrites(Runnable then) {
        CompletableFuture<Void> before;
        synchronized (this) {
            before = last;
            if (!before.isDone()) {
                last = before.thenRunAsync(then, writer);
                return;
            }
        }
        failIfFailed(before);
        then.run();
    }

    /** Runs this once every write before it is done and the position after it stored; never if one failed. */
    void whenWritten(Runnable then) {
        synchronized (this) {
            last = last.thenRunAsync(then, writer);
        }
    }

    /** Fails, as the write that failed, when one has since the processor last took up its stored position. */
    void failIfFailed() {
        CompletableFuture<Void> before;
        synchronized (this) {
            before = last;
        }
        if (before.isDone()) {
            failIfFailed(before);
        }
    }

    /** Waits for the writes in flight of any of these meetings (and so for every batch before them). */
    void awaitMeetings(Collection<String> meetingIds) {
        meetingIds.stream().map(meetings::get).filter(batch -> batch != null).forEach(WritesInFlight::awaitQuietly);
    }

    /** Waits for every write in flight, failed or not. */
    void awaitAll() {
        CompletableFuture<Void> before;
        synchronized (this) {
            before = last;
        }
        awaitQuietly(before);
    }

    /**
     * Waits for every write in flight and forgets a failure: the processor is taking up its stored position, from
     * which whatever failed is projected again.
     */
    void settle() {
        awaitAll();
        synchronized (this) {
            last = NONE;
            lastBatch = NONE;
        }
    }

    @PreDestroy
    void stop() {
        awaitAll();
        writer.shutdown();
    }

    private static void failIfFailed(CompletableFuture<Void> writes) {
        try {
            writes.join();
        } catch (CompletionException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : failed;
        }
    }

    private static void awaitQuietly(CompletableFuture<Void> writes) {
        try {
            writes.join();
        } catch (CompletionException | CancellationException failed) {
            // whoever stores a position after it is told
        }
    }
}
