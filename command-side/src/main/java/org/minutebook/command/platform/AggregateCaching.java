package org.minutebook.command.platform;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Meetings stay in memory between commands, so a command no longer replays the meeting's whole history: without
 * it a command's cost grows with the meeting. {@link CachedRecords} keeps the cache true to the event store.
 */
@Configuration
class AggregateCaching {

    /** The cache {@code @Aggregate(cache = "meetingCache")} names; entries go when memory is short. */
    @Bean
    Cache meetingCache() {
        return new WeakReferenceCache();
    }

    @Bean
    CachedRecords cachedRecords(Cache meetingCache, JdbcTemplate jdbc) {
        return new CachedRecords(meetingCache, recordId -> jdbc.queryForObject(
                "SELECT COALESCE(MAX(sequencenumber), -1) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, recordId));
    }
}
