package org.minutebook.query.platform;

import java.util.concurrent.Semaphore;

/**
 * A request that waits for its version (read-your-writes, {@code minVersion}) steps aside from those being answered
 * at once ({@link Admission}) while it waits: it takes no CPU then, only a thread, and counted among them, the
 * clerks waiting at 200 commands a second took every place (32) and the rest were answered 503 busy. It takes its
 * place again to answer, waiting for one if need be.
 */
public final class WaitingAside implements AutoCloseable {

    /** The place the request on this thread was admitted to, if any. */
    private static final ThreadLocal<Semaphore> ADMITTED = new ThreadLocal<>();

    private final Semaphore places;

    private WaitingAside(Semaphore places) {
        this.places = places;
    }

    /** Steps the request on this thread aside until {@link #close()}; a request not admitted (a test) has no place. */
    public static WaitingAside stepAside() {
        Semaphore places = ADMITTED.get();
        if (places != null) {
            ADMITTED.remove();
            places.release();
        }
        return new WaitingAside(places);
    }

    /** Takes the request's place again to answer. */
    @Override
    public void close() {
        if (places != null) {
            places.acquireUninterruptibly();
            ADMITTED.set(places);
        }
    }

    static void admitted(Semaphore places) {
        ADMITTED.set(places);
    }

    /** The request has left: it gives back the place it holds (none when it stepped aside and was never back). */
    static void left() {
        Semaphore places = ADMITTED.get();
        ADMITTED.remove();
        if (places != null) {
            places.release();
        }
    }
}
