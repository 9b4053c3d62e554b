package org.minutebook.command.platform;

import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * Keeps a cached record true to the event store. A cached meeting is used only when the store's last sequence number
 * is the one this instance last committed: another instance may have recorded since, and a request whose
 * transaction rolled back after its command (a failed idempotency key, say) leaves the cache ahead of the store.
 * Either way the entry is dropped and the meeting is read from its events. Called with the record's lock held.
 */
public class CachedRecords {

    private static final int KNOWN = 10_000;

    private final Cache cache;
    private final ToLongFunction<String> storedVersion;
    private final Map<String, Long> committed = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > KNOWN;
                }
            });

    CachedRecords(Cache cache, ToLongFunction<String> storedVersion) {
        this.cache = cache;
        this.storedVersion = storedVersion;
    }

    /** Before a command: drop the cached record unless it is the one the store holds. */
    void beforeCommand(String recordId) {
        if (!Objects.equals(committed.get(recordId), storedVersion.applyAsLong(recordId))) {
            cache.remove(recordId);
        }
    }

    /** After a command: its version is the record's once the transaction commits; a rollback drops the record. */
    void afterCommand(String recordId, long version) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.put(recordId, version);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    committed.put(recordId, version);
                } else {
                    committed.remove(recordId);
                    cache.remove(recordId);
                }
            }
        });
    }
}
