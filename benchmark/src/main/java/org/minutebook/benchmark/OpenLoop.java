package org.minutebook.benchmark;

import org.HdrHistogram.Histogram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Open-loop load: starts one request every 1/rate seconds whatever the answers do, for a bounded time, so a
 * slow answer cannot slow the load down and hide itself. Each latency is measured from the moment the request
 * was due (not when it could be sent), which counts the wait of requests held up behind slow ones. At most
 * maxInFlight requests are outstanding; beyond that the pacer waits, and those waits count as latency.
 */
final class OpenLoop {

    record Outcome(double rate, double seconds, long sent, long ok, long failed, long unfinished, Histogram latency) {
    }

    /** An action returns whether it succeeded; the latency is from its due time to that answer. */
    static Outcome run(double rate, int seconds, int maxInFlight, Supplier<CompletableFuture<Boolean>> action)
            throws InterruptedException {
        Histogram latency = Summary.histogram();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long total = (long) (rate * seconds);
        long periodNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long sent = 0;
        for (; sent < total; sent++) {
            long due = start + sent * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (!inFlight.tryAcquire(seconds + 30L, TimeUnit.SECONDS)) {
                break;
            }
            CompletableFuture<Boolean> answer;
            try {
                answer = action.get();
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((success, error) -> {
                long micros = (System.nanoTime() - due) / 1000;
                synchronized (latency) {
                    latency.recordValue(Math.max(1, Math.min(micros, latency.getHighestTrackableValue())));
                }
                (error == null && Boolean.TRUE.equals(success) ? ok : failed).incrementAndGet();
                inFlight.release();
            });
        }
        // Bounded: in-flight requests get 30 s to finish, then are counted as unfinished.
        boolean drained = inFlight.tryAcquire(maxInFlight, 30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long unfinished = drained ? 0 : sent - ok.get() - failed.get();
        if (drained) {
            inFlight.release(maxInFlight);
        }
        synchronized (latency) {
            return new Outcome(rate, elapsed, sent, ok.get(), failed.get(), unfinished, latency.copy());
        }
    }
}
