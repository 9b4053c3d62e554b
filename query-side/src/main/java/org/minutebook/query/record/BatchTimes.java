package org.minutebook.query.record;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When a batch of the meeting records projection reached each stage of its path, logged at debug once its position
 * is stored (logger {@code org.minutebook.query.record.BatchTimes}): how old its events were when it started (from
 * their recording on the command side), how many meetings it held and changed, and the milliseconds from its start
 * to the read, the fold, the rendering, its writes started (once the last batch's are done), each write and the
 * position stored. That is where a fact's freshness goes
 * on the query side (docs/performance.md, "Freshness"); off, it costs a check per stage.
 */
final class BatchTimes {

    private static final Logger LOG = LoggerFactory.getLogger(BatchTimes.class);

    private final boolean on = LOG.isDebugEnabled();
    private final long started = System.nanoTime();
    private final long startedAt = System.currentTimeMillis();
    private final Map<String, Long> reached = new LinkedHashMap<>();
    private long oldest = Long.MAX_VALUE;
    private long newest = Long.MIN_VALUE;
    private int events;

    /** An event of the batch, recorded on the command side at that instant. */
    void event(Instant recordedAt) {
        if (on) {
            events++;
            oldest = Math.min(oldest, recordedAt.toEpochMilli());
            newest = Math.max(newest, recordedAt.toEpochMilli());
        }
    }

    /** The batch reached this stage now (any thread). */
    void reached(String stage) {
        if (on) {
            long micros = (System.nanoTime() - started) / 1_000;
            synchronized (reached) {
                reached.put(stage, micros);
            }
        }
    }

    /** Logs the batch's stages, its meetings and how many of them changed. */
    void log(int meetings, int changed) {
        if (on && events > 0) {
            reached("position-stored");
            StringBuilder line = new StringBuilder("batch events=").append(events).append(" meetings=")
                    .append(meetings).append(" changed=").append(changed).append(" oldestAgeMs=")
                    .append(startedAt - oldest).append(" newestAgeMs=").append(startedAt - newest);
            synchronized (reached) {
                reached.forEach((stage, micros) -> line.append(' ').append(stage).append('=')
                        .append(micros / 1_000.0));
            }
            LOG.debug(line.toString());
        }
    }
}
