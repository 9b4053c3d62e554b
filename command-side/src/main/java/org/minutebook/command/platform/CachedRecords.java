package org.minutebook.command.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a cached record true to the event store. A cached record is used only when the store's last sequence number
 * (read with the record's lock held, {@link RecordClaims}) is the one this instance last committed: another instance
 * may have recorded since, and a request whose transaction rolled back after its command (a failed idempotency key,
 * say) leaves the cache ahead of the store. Either way the entry is dropped and the record is read from its events.
 * The versions committed are kept in a bounded map that readers never lock (many request threads consult it).
 */
public class CachedRecords {

    private static final int KNOWN = 10_000;

    private final List<Cache> caches;
    private final Map<String, Long> committed = Caffeine.newBuilder().maximumSize(KNOWN)
            .<String, Long>build().asMap();

    CachedRecords(List<Cache> caches) {
        this.caches = List.copyOf(caches);
    }

    /** Before a command, with the record locked: drop the cached record unless it is the one the store holds. */
    void beforeCommand(String recordId, long storedVersion) {
        if (!Objects.equals(committed.get(recordId), storedVersion)) {
            forget(recordId);
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
                    forget(recordId);
                }
            }
        });
    }

    /** Each kind's cache drops it: the id names one record, whichever kind it is. */
    private void forget(String recordId) {
        caches.forEach(cache -> cache.remove(recordId));
    }
}
