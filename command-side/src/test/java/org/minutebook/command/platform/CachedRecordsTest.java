package org.minutebook.command.platform;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A cached meeting is used only while it is the one the event store holds. */
class CachedRecordsTest {

    private static final String MEETING = "cfosc-2021-11-02";
    private static final Object RECORD = new Object();

    private final Cache cache = new WeakReferenceCache();
    private final Map<String, Long> store = new HashMap<>();
    private final CachedRecords records = new CachedRecords(cache, id -> store.getOrDefault(id, -1L));

    @Test
    void theRecordThisInstanceLastCommittedStaysCached() {
        committed(5);
        cache.put(MEETING, RECORD);

        records.beforeCommand(MEETING);

        assertThat(cache.containsKey(MEETING)).isTrue();
    }

    @Test
    void aRecordAnotherInstanceWroteSinceIsReadFromItsEvents() {
        committed(5);
        cache.put(MEETING, RECORD);
        store.put(MEETING, 6L);

        records.beforeCommand(MEETING);

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

    private void committed(long version) {
        store.put(MEETING, version);
        records.afterCommand(MEETING, version);
    }
}
