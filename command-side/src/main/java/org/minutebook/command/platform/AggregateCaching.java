package org.minutebook.command.platform;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Records (meetings, committees, registers of interests, matters, decisions outside meetings, scrutiny reports) stay
 * in memory between commands, so a command no longer replays the record's whole history: without it a command's
 * cost grows with the record — a meeting of two thousand facts, a matter followed for years. Each kind has a cache
 * of its own, named by its {@code @Aggregate(cache = …)}: Axon looks a record up by its id alone, and a command to
 * one kind under another kind's id must find nothing cached, so that the store answers it as another's
 * ({@code id-of-another-record}). {@link CachedRecords} keeps every cache true to the event store (every command
 * goes through {@link CommandDispatch}, which claims the record first).
 * <p>
 * Axon's {@code WeakReferenceCache} lost every meeting at each young collection (a weak reference does not
 * outlive one), so under load a command often replayed its meeting; this one keeps the meetings last written,
 * a bounded number, and lets the collector take them only when memory runs short (soft values).
 * <p>
 * A quarter of a thousand records of each kind: soft values are cleared only when the collector runs short, so a
 * cache of a thousand meetings stayed full under the benchmark's 32 clients and its meetings were most of the
 * command side's live set (106 MiB after each full collection, one every five seconds in a 192 MiB heap:
 * docs/performance.md). The records in use are far fewer: at most {@link CommandPermits} commands run at once,
 * and a clerk records one meeting at a time. A record no longer cached is read again from its events, one query.
 */
@Configuration
class AggregateCaching {

    private static final Duration IDLE = Duration.ofMinutes(30);

    /** The caches, one a kind of record, each the name an {@code @Aggregate(cache = …)} gives. */
    static final List<String> CACHES = List.of("meetingCache", "committeeCache", "registerCache", "matterCache",
            "executiveDecisionCache", "scrutinyReportCache");

    /** Registers one {@link RecentRecords} a name of {@link #CACHES}, each of the configured size. */
    @Bean
    static BeanDefinitionRegistryPostProcessor recordCaches() {
        return registry -> CACHES.forEach(name -> registry.registerBeanDefinition(name, BeanDefinitionBuilder
                .genericBeanDefinition(RecentRecords.class)
                .addConstructorArgValue("${minutebook.record-cache.size:250}")
                .addConstructorArgValue(IDLE)
                .getBeanDefinition()));
    }

    @Bean
    CachedRecords cachedRecords(List<Cache> recordCaches) {
        return new CachedRecords(recordCaches);
    }

    /** Axon's cache over Caffeine: reads take no lock. Axon registers no entry listeners on an aggregate cache. */
    static final class RecentRecords implements Cache {

        private final Map<Object, Object> entries;

        RecentRecords(int size, Duration idle) {
            // evicted on the writer's thread: the bound holds as soon as a record is put, not when a pool gets to it
            this.entries = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(idle).softValues()
                    .executor(Runnable::run).build().asMap();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            return (V) entries.get(key);
        }

        @Override
        public void put(Object key, Object value) {
            entries.put(key, value);
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            return entries.putIfAbsent(key, value) == null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
            return (T) entries.computeIfAbsent(key, absent -> valueSupplier.get());
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
            entries.computeIfPresent(key, (present, value) -> update.apply((V) value));
        }

        @Override
        public boolean remove(Object key) {
            return entries.remove(key) != null;
        }

        @Override
        public void removeAll() {
            entries.clear();
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener listener) {
            throw new UnsupportedOperationException("The record cache tells no listeners");
        }
    }
}
