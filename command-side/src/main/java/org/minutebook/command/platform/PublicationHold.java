package org.minutebook.command.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * An operator's hold of publication onto Kafka: for a bounded time the publishing processor takes no batch, so the
 * events recorded meanwhile wait in the event store (the outbox) and are published, in order, once the hold is
 * released or lapses by itself. The processor keeps running and its position never moves for a hold: nothing is
 * skipped, and nothing is published twice. It lets an operator measure (or pace) the warm publication path: hold,
 * record a backlog, release, time the drain (docs/operations.md, "Holding publication").
 * <p>
 * No sequence of requests stops publication for long: a hold lasts at most {@code atMost}; holding again while held
 * changes nothing; and once a hold ends, none may begin for as long as it lasted, so publication runs at least half
 * of any stretch of time.
 */
@Component
public class PublicationHold {

    private final Duration atMost;
    private Instant heldSince;
    private Instant heldUntil = Instant.MIN;
    /** The hold's end, read without the lock for every event a batch takes. */
    private volatile long heldUntilMillis;
    private Instant mayHoldAgainAt = Instant.MIN;

    PublicationHold(@Value("${minutebook.publication.hold-at-most}") Duration atMost) {
        this.atMost = atMost;
    }

    /** Holds publication for the time wanted, or answers the hold in force (it is not lengthened). */
    public synchronized State hold(Duration wanted) {
        if (wanted.isNegative() || wanted.isZero() || wanted.compareTo(atMost) > 0) {
            throw InvalidRequest.wrongType("seconds", "holds publication for 1 to " + atMost.toSeconds()
                    + " seconds (minutebook.publication.hold-at-most)");
        }
        Instant now = Instant.now();
        if (now.isBefore(heldUntil)) {
            return state(now);
        }
        if (now.isBefore(mayHoldAgainAt)) {
            throw new TooSoon(Duration.between(now, mayHoldAgainAt));
        }
        heldSince = now;
        heldUntil = now.plus(wanted);
        heldUntilMillis = heldUntil.toEpochMilli();
        mayHoldAgainAt = heldUntil.plus(wanted);
        return state(now);
    }

    /** Ends the hold in force, if any: the processor takes its next batch at once. */
    public synchronized State release() {
        Instant now = Instant.now();
        if (now.isBefore(heldUntil)) {
            heldUntil = now;
            heldUntilMillis = 0;
            mayHoldAgainAt = now.plus(Duration.between(heldSince, now));
            notifyAll();
        }
        return state(now);
    }

    boolean isHeld() {
        return System.currentTimeMillis() < heldUntilMillis;
    }

    public synchronized State state() {
        return state(Instant.now());
    }

    /**
     * Waits, at most the time given, until publication is not held; whether it is not. The hold's own end wakes
     * the waiter too, so a lapse is as prompt as a release.
     */
    synchronized boolean awaitRelease(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (Instant now = Instant.now(); now.isBefore(heldUntil); now = Instant.now()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, Math.min(left, Duration.between(now, heldUntil).toNanos()) / 1_000_000));
        }
        return true;
    }

    private State state(Instant now) {
        boolean held = now.isBefore(heldUntil);
        return new State(held, held ? heldUntil : null, atMost.toSeconds(),
                now.isBefore(mayHoldAgainAt) && !held ? mayHoldAgainAt : null);
    }

    /**
     * Whether publication is held and until when (null when not held); the longest hold allowed, in seconds; when
     * a new hold may begin, while publication must first run for as long as the last hold lasted (else null).
     */
    public record State(boolean held, Instant heldUntil, long atMostSeconds, Instant mayHoldAgainAt) {
    }

    /** Answered 409 with Retry-After: publication runs between holds for as long as the last one lasted. */
    static final class TooSoon extends RuntimeException {

        private final Duration retryAfter;

        TooSoon(Duration retryAfter) {
            super("Publication runs between holds for as long as the last hold lasted: hold it again in "
                    + Math.max(1, retryAfter.toSeconds()) + " s");
            this.retryAfter = retryAfter;
        }

        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
