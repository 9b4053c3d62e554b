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
 * of any stretch of time. Times are kept on the monotonic clock ({@link System#nanoTime()}), so a change of the
 * wall clock neither lengthens nor shortens a hold; the wall clock only says when, in answers.
 */
@Component
public class PublicationHold {

    private final Duration atMost;
    private long heldSince;
    /** The hold's end, read without the lock for every event a batch takes. */
    private volatile long heldUntil;
    private long mayHoldAgainAt;
    /** When the hold in force ends, by the wall clock, as answers say it. */
    private Instant heldUntilAt = Instant.EPOCH;

    PublicationHold(@Value("${minutebook.publication.hold-at-most}") Duration atMost) {
        this.atMost = atMost;
        long now = System.nanoTime();
        heldSince = now;
        heldUntil = now;
        mayHoldAgainAt = now;
    }

    /** Holds publication for the time wanted, or answers the hold in force (it is not lengthened). */
    public synchronized State hold(Duration wanted) {
        if (wanted.isNegative() || wanted.isZero() || wanted.compareTo(atMost) > 0) {
            throw InvalidRequest.wrongType("seconds", "holds publication for 1 to " + atMost.toSeconds()
                    + " seconds (minutebook.publication.hold-at-most)");
        }
        long now = System.nanoTime();
        if (now - heldUntil < 0) {
            return state(now);
        }
        if (now - mayHoldAgainAt < 0) {
            throw new TooSoon(Duration.ofNanos(mayHoldAgainAt - now));
        }
        heldSince = now;
        heldUntil = now + wanted.toNanos();
        heldUntilAt = Instant.now().plus(wanted);
        mayHoldAgainAt = heldUntil + wanted.toNanos();
        return state(now);
    }

    /** Ends the hold in force, if any: the processor takes its next batch at once. */
    public synchronized State release() {
        long now = System.nanoTime();
        if (now - heldUntil < 0) {
            heldUntil = now;
            mayHoldAgainAt = now + (now - heldSince);
            notifyAll();
        }
        return state(now);
    }

    public synchronized State state() {
        return state(System.nanoTime());
    }

    boolean isHeld() {
        return System.nanoTime() - heldUntil < 0;
    }

    /**
     * Waits, at most the time given, until publication is not held; whether it is not. The hold's own end wakes
     * the waiter too, so a lapse is as prompt as a release.
     */
    synchronized boolean awaitRelease(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (long now = System.nanoTime(); now - heldUntil < 0; now = System.nanoTime()) {
            long left = Math.min(deadline - now, heldUntil - now);
            if (deadline - now <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private State state(long now) {
        boolean held = now - heldUntil < 0;
        return new State(held, held ? heldUntilAt : null, atMost.toSeconds(),
                !held && now - mayHoldAgainAt < 0 ? Instant.now().plusNanos(mayHoldAgainAt - now) : null);
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
