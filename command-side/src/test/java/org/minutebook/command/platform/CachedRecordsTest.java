package org.minutebook.command.platform;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached meeting is used only while it is the one the event store holds, and no more meetings are kept than the
 * cache's bound, however many a council records.
 */
class CachedRecordsTest {

    private static final String MEETING = "cfosc-2021-11-02";
    private static final Object RECORD = new Object();

    private final Cache cache = new AggregateCaching.RecentRecords(10, Duration.ofMinutes(1));
    private final CachedRecords records = new CachedRecords(List.of(cache));

    @Test
    void theRecordThisInstanceLastCommittedStaysCached() {
        records.afterCommand(MEETING, 5);
        cache.put(MEETING, RECORD);

        records.beforeCommand(MEETING, 5);

        assertThat(cache.containsKey(MEETING)).isTrue();
    }

    @Test
    void aRecordAnotherInstanceWroteSinceIsReadFromItsEvents() {
        records.afterCommand(MEETING, 5);
        cache.put(MEETING, RECORD);

        records.beforeCommand(MEETING, 6);

        assertThat(cache.containsKey(MEETING)).isFalse();
    }

    @Test
    void aRequestThatRolledBackAfterItsCommandLeavesNothingCached() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.put(MEETING, RECORD);
            records.afterCommand(MEETING, 6);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(cache.containsKey(MEETING)).isFalse();
    }

    @Test
    void aCouncilRecordingMoreMeetingsThanTheBoundKeepsOnlyTheBoundAndTheMeetingInHand() {
        cache.put(MEETING, RECORD);
        List<String> others = IntStream.range(0, 100).mapToObj(n -> "cfosc-2022-" + n).toList();
        for (String other : others) {
            cache.put(other, new Object());
            // the clerk's meeting is read again for each of its commands
            assertThat(cache.<String, Object>get(MEETING)).isSameAs(RECORD);
        }

        long kept = others.stream().filter(cache::containsKey).count() + (cache.containsKey(MEETING) ? 1 : 0);
        assertThat(kept).isLessThanOrEqualTo(10);
        assertThat(cache.containsKey(MEETING)).isTrue();
    }
}
