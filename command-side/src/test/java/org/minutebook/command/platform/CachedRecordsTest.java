package org.minutebook.command.platform;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A cached meeting is used only while it is the one the event store holds. */
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
}
