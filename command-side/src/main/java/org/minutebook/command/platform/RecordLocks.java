package org.minutebook.command.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock on one meeting (or committee), held until the current transaction ends. Axon's own
 * lock is released when the command's unit of work ends, before the surrounding transaction (which also stores
 * the idempotency key) commits; this one spans the whole transaction and every command-side instance.
 */
@Component
class RecordLocks {

    private final JdbcTemplate jdbc;

    RecordLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lock(String recordId) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", row -> null, recordId);
    }
}
