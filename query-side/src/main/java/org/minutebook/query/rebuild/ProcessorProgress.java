package org.minutebook.query.rebuild;

import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far one processor is in a rebuild: per partition, its position against the end offset the topic had when
 * the rebuild began (it has passed it once its position reaches it), the events it has read of those, how many it
 * parked as dead letters, and its state. A processor is {@code FAILING} while it is in error (it retries with
 * back-off, without advancing), {@code STALLED} when it has not advanced for {@link #STALLED_AFTER} though behind,
 * {@code STOPPED} while every instance's processors are stopped for the rebuild to begin; it is {@code DONE} only
 * when it has passed every end offset, and {@code DONE_WITH_DEAD_LETTERS} when it did so parking events it could
 * not project. Its position is the one it stored, whichever instance moves it.
 *
 * @param partitions per partition: {@code end} (when the rebuild began) and {@code position} (next offset to read)
 */
public record ProcessorProgress(String processor, State state, long eventsDone, long eventsTotal, long deadLetters,
                                String error, Map<Integer, Partition> partitions) {

    static final Duration STALLED_AFTER = Duration.ofSeconds(30);

    public enum State { REPLAYING, STALLED, FAILING, STOPPED, DONE, DONE_WITH_DEAD_LETTERS }

    public record Partition(long end, long position) {

        boolean passed() {
            return position >= end;
        }
    }

    boolean passedEnd() {
        return state == State.DONE || state == State.DONE_WITH_DEAD_LETTERS;
    }

    /**
     * The processor's progress now, from its stored position (per partition, the next offset it reads), given
     * when its events done were last seen to grow, and to how many.
     */
    static ProcessorProgress of(String processor, Map<TopicPartition, Long> positions,
                                Map<TopicPartition, Long> endOffsets, long deadLetters, String error, boolean stopped,
                                Instant lastAdvancedAt, long doneThen) {
        Map<Integer, Partition> partitions = new TreeMap<>();
        long done = 0;
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            long position = positions.getOrDefault(end.getKey(), 0L);
            partitions.put(end.getKey().partition(), new Partition(end.getValue(), position));
            done += Math.min(position, end.getValue());
        }
        boolean passed = !stopped && partitions.values().stream().allMatch(Partition::passed);
        State state = passed ? (deadLetters > 0 ? State.DONE_WITH_DEAD_LETTERS : State.DONE)
                : stopped ? State.STOPPED
                : error != null ? State.FAILING
                : done <= doneThen && lastAdvancedAt.plus(STALLED_AFTER).isBefore(Instant.now()) ? State.STALLED
                : State.REPLAYING;
        long total = endOffsets.values().stream().mapToLong(Long::longValue).sum();
        return new ProcessorProgress(processor, state, done, total, deadLetters, error, partitions);
    }
}
