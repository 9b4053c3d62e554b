package org.minutebook.query.record;

import org.minutebook.query.platform.ReadModelBehind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Read-your-writes: a query asking for a version the read model does not hold yet ({@code minVersion}, a version a
 * clerk has just written) waits, a bounded time, until it does. This instance's projection wakes the waiters of the
 * meetings it has just written at once; the version is also looked at again, for what another instance projects,
 * first after {@value #FIRST_LOOK_MS} ms and then twice as long each time, up to every {@value #LAST_LOOK_MS} ms.
 * Each look is a read of MongoDB: looked at every 20 ms, the reads of the clerks waiting at 200 commands a second
 * were a fifth of the query side's CPU, taken from the projection they were waiting for.
 */
@Component
public class VersionWaits {

    static final long FIRST_LOOK_MS = 20;
    static final long LAST_LOOK_MS = 160;

    private final ConcurrentMap<String, Object> waiting = new ConcurrentHashMap<>();
    private final Duration patience;

    VersionWaits(@Value("${minutebook.read-your-writes.timeout:5s}") Duration patience) {
        this.patience = patience;
    }

    /**
     * Returns once the meeting's stored version is at least {@code minVersion}; else, after the patience, says the
     * read model is behind. Without a version, returns at once.
     */
    public void await(String meetingId, Long minVersion, String readModel, LongSupplier storedVersion) {
        if (minVersion == null) {
            return;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        long lookAgain = FIRST_LOOK_MS;
        long version;
        while (true) {
            Object monitor = waiting.computeIfAbsent(meetingId, id -> new Object());
            synchronized (monitor) {
                // read while holding the monitor: a write told after this read wakes the wait below
                version = storedVersion.getAsLong();
                if (version >= minVersion || System.nanoTime() >= deadline) {
                    break;
                }
                try {
                    monitor.wait(Math.min(lookAgain, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                    lookAgain = Math.min(LAST_LOOK_MS, lookAgain * 2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (version < minVersion) {
            throw new ReadModelBehind(readModel, meetingId, version, minVersion);
        }
    }

    /** The projection has written these meetings: whoever waits on them looks again now. */
    void written(Collection<String> meetingIds) {
        for (String meetingId : meetingIds) {
            Object monitor = waiting.remove(meetingId);
            if (monitor != null) {
                synchronized (monitor) {
                    monitor.notifyAll();
                }
            }
        }
    }
}
