package org.minutebook.query.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A request that waits for its version (read-your-writes, {@code minVersion}) steps aside from those being answered
 * at once ({@link Admission}) while it waits: it takes no CPU then, only a thread, and counted among them, the
 * clerks waiting at 200 commands a second took every place (32) and the rest were answered 503 busy. It takes its
 * place again to answer, waiting for one as long as {@link Admission} lets a read of a write wait for a place, and
 * past that is answered {@code 503 busy}, as it would have been at the door: never held without bound.
 */
public final class WaitingAside implements AutoCloseable {

    /** The place the request on this thread was admitted to, if any. */
    private static final ThreadLocal<Place> ADMITTED = new ThreadLocal<>();

    private final Place place;

    private WaitingAside(Place place) {
        this.place = place;
    }

    /** The places a request is admitted to, and how long a read of a write may wait for one. */
    private record Place(Semaphore places, Duration waitForOne) {
    }

    /** Steps the request on this thread aside until {@link #close()}; a request not admitted (a test) has no place. */
    public static WaitingAside stepAside() {
        Place place = ADMITTED.get();
        if (place != null) {
            ADMITTED.remove();
            place.places().release();
        }
        return new WaitingAside(place);
    }

    /** Takes the request's place again to answer; {@link QueryBusy} when none comes free in time. */
    @Override
    public void close() {
        if (place == null) {
            return;
        }
        boolean taken;
        try {
            taken = place.places().tryAcquire(place.waitForOne().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            throw new QueryBusy();
        }
        ADMITTED.set(place);
    }

    static void admitted(Semaphore places, Duration waitForOne) {
        ADMITTED.set(new Place(places, waitForOne));
    }

    /** The request has left: it gives back the place it holds (none when it stepped aside and was never back). */
    static void left() {
        Place place = ADMITTED.get();
        ADMITTED.remove();
        if (place != null) {
            place.places().release();
        }
    }
}
