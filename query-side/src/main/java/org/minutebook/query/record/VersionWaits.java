package org.minutebook.query.record;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.minutebook.query.platform.ReadModelBehind;
import org.minutebook.query.platform.WaitingAside;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Read-your-writes: a query asking for a version the read model does not hold yet ({@code minVersion}, a version a
 * clerk has just written) waits, a bounded time, until it does.
 * <p>
 * The meetings' records are told: this instance's projection says which version of each meeting it has just written
 * ({@link #written}), and its waiters are woken at once. It also keeps the versions it told last, so a read that
 * knows its meeting is behind waits without reading anything, and a read that finds it behind needs no second look
 * at MongoDB: while this instance projects, a wait reads nothing back but its answer (a look a second, should a
 * version come another way). At 200 commands a second the waiting clerks' reads of the stored version were five
 * times the answers' own reads and, queued in the MongoDB-wire server with the projection's writes, made the
 * projection they waited for slower (half the request threads' time beside waiting).
 * <p>
 * A read model the projection does not tell, or a meeting another instance projects, is looked at again: first
 * after {@value #FIRST_LOOK_MS} ms and then twice as long each time, up to every {@value #LAST_LOOK_MS} ms.
 */
@Component
public class VersionWaits {

    static final long FIRST_LOOK_MS = 20;
    static final long LAST_LOOK_MS = 160;
    /** How often a wait told by this instance's projection looks at MongoDB all the same. */
    static final long TOLD_LOOK_MS = 1_000;
    /** The meetings whose versions told are kept: far more than a batch, or the meetings clerks write at once. */
    static final int TOLD_KEPT = 8_192;

    private final ConcurrentMap<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final Map<String, Long> told = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > TOLD_KEPT;
        }
    });
    private final Duration patience;
    private final BooleanSupplier projectingHere;

    @Autowired
    VersionWaits(@Value("${minutebook.read-your-writes.timeout:5s}") Duration patience,
                 ObjectProvider<EventProcessingConfiguration> processing) {
        this(patience, () -> claimsItsProjection(processing.getIfAvailable()));
    }

    VersionWaits(Duration patience, BooleanSupplier projectingHere) {
        this.patience = patience;
        this.projectingHere = projectingHere;
    }

    /** Whether this instance's meeting records projection holds its segment, so tells what it writes. */
    private static boolean claimsItsProjection(EventProcessingConfiguration processing) {
        return processing != null && processing.eventProcessor(RecordProjection.NAME, StreamingEventProcessor.class)
                .map(processor -> processor.isRunning() && !processor.processingStatus().isEmpty()).orElse(false);
    }

    /**
     * Returns once the stored version is at least {@code minVersion}, looking at it again and again; else, after the
     * patience, says the read model is behind. Without a version, returns at once. For read models the projection
     * does not tell.
     */
    public void await(String id, Long minVersion, String readModel, LongSupplier storedVersion) {
        if (minVersion == null) {
            return;
        }
        Waiting monitor = join(id);
        try {
            // a write stored before this read is in it; one told after it is heard on the monitor
            wait(id, minVersion, readModel, monitor, storedVersion.getAsLong(), storedVersion, false);
        } finally {
            leave(id, monitor);
        }
    }

    /**
     * Returns once the meeting's record is at least at {@code minVersion}, from the version {@code read} before
     * (from its stored answer, or as told); else, after the patience, says the read model is behind.
     */
    void awaitRecord(String meetingId, long minVersion, String readModel, long read, LongSupplier storedVersion) {
        Waiting monitor = join(meetingId);
        try {
            // told after the read and before the join: kept; told after the join: heard on the monitor
            wait(meetingId, minVersion, readModel, monitor, Math.max(read, told(meetingId)), storedVersion, true);
        } finally {
            leave(meetingId, monitor);
        }
    }

    /** The version this instance's projection told last of the meeting; -1 when it has told none it still keeps. */
    long told(String meetingId) {
        return told.getOrDefault(meetingId, -1L);
    }

    private void wait(String id, long minVersion, String readModel, Waiting monitor, long read,
                      LongSupplier storedVersion, boolean toldHere) {
        long deadline = System.nanoTime() + patience.toNanos();
        long version = read;
        try {
            if (version < minVersion) {
                version = waitFor(minVersion, deadline, monitor, version, storedVersion,
                        toldHere && projectingHere.getAsBoolean());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (version < minVersion) {
            throw new ReadModelBehind(readModel, id, version, minVersion);
        }
    }

    /**
     * Waits, stepped aside from the requests being answered ({@link WaitingAside}), until the version is heard or
     * read, or the deadline passes; the version it came to.
     */
    private static long waitFor(long minVersion, long deadline, Waiting monitor, long read, LongSupplier storedVersion,
                                boolean told) throws InterruptedException {
        long version = read;
        long lookAgain = told ? TOLD_LOOK_MS : FIRST_LOOK_MS;
        try (WaitingAside aside = WaitingAside.stepAside()) {
            while (true) {
                synchronized (monitor) {
                    long heard = monitor.written;
                    version = Math.max(version, heard);
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (version >= minVersion || left <= 0) {
                        break;
                    }
                    monitor.wait(Math.min(lookAgain, left));
                    if (monitor.written != heard) {
                        continue; // woken by this instance's projection, which said the version it wrote
                    }
                }
                // not woken by a write: another instance may have written it
                version = Math.max(version, storedVersion.getAsLong());
                lookAgain = told ? TOLD_LOOK_MS : Math.min(LAST_LOOK_MS, lookAgain * 2);
            }
        }
        return version;
    }

    /** The projection has written these meetings at these versions: whoever waits on them is told at once. */
    void written(Map<String, Long> versions) {
        // kept before the waiters are looked for: a read joining meanwhile finds one or the other
        told.putAll(versions);
        versions.forEach((meetingId, version) -> {
            Waiting monitor = waiting.get(meetingId);
            if (monitor != null) {
                synchronized (monitor) {
                    monitor.written = Math.max(monitor.written, version);
                    monitor.notifyAll();
                }
            }
        });
    }

    /** The read models were dropped (a rebuild): the versions told before say nothing of them now. */
    void forget() {
        told.clear();
    }

    /** The meeting's monitor, kept while anyone waits on it. */
    private Waiting join(String meetingId) {
        while (true) {
            Waiting monitor = waiting.computeIfAbsent(meetingId, id -> new Waiting());
            synchronized (monitor) {
                if (waiting.get(meetingId) == monitor) {
                    monitor.waiters++;
                    return monitor;
                }
            }
            // its last waiter left it meanwhile: take the meeting's monitor now
        }
    }

    private void leave(String meetingId, Waiting monitor) {
        synchronized (monitor) {
            if (--monitor.waiters == 0) {
                waiting.remove(meetingId, monitor);
            }
        }
    }

    /** The waits on one meeting: how many wait, and the version this instance's projection wrote meanwhile. */
    private static final class Waiting {
        int waiters;
        long written = -1;
    }
}
