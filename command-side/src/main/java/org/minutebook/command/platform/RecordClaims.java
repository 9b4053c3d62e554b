package org.minutebook.command.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What a command claims before it runs, in one round trip to PostgreSQL: the record's lock, the record's version
 * as stored, and, for a request sent with an {@code Idempotency-Key}, the key. pgjdbc sends the statements together
 * and PostgreSQL runs them in order, each reading what was committed when it starts: so the version is read only once
 * the lock is held, and a key another request claimed is read once that request has committed.
 * <ul>
 *   <li>The lock is a PostgreSQL advisory lock on the record, held until the transaction ends. Axon's own lock is
 *   released when the command's unit of work ends, before the transaction (which also stores the key's answer)
 *   commits; this one spans the whole transaction and every command-side instance.</li>
 *   <li>The version keeps the cached record true ({@link CachedRecords}) and is the record's version after a
 *   command that records nothing.</li>
 *   <li>The key's answer is stored in the same transaction as the command's events: a retried request gets the
 *   first answer and records nothing twice; the same key on a different request is refused. A concurrent
 *   duplicate waits on the key's row until the first commits.</li>
 * </ul>
 */
@Component
class RecordClaims {

    private static final String LOCK_AND_VERSION = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0));"
            + " SELECT COALESCE(MAX(sequencenumber), -1) FROM domainevententry WHERE aggregateidentifier = ?";
    private static final String KEY = "; INSERT INTO idempotency_key (idempotency_key, request_hash, created_at)"
            + " VALUES (?, ?, now()) ON CONFLICT DO NOTHING;"
            + " SELECT request_hash, response FROM idempotency_key WHERE idempotency_key = ?";

    private final JdbcTemplate jdbc;

    RecordClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The record's version once it is locked, and the answer already given to the request with this key, if any.
     *
     * @param storedVersion the sequence number of the record's last event, -1 when nothing is recorded
     * @param earlierAnswer the stored answer of the request that claimed the key first
     */
    record Claimed(long storedVersion, Optional<String> earlierAnswer) {
    }

    /** Must run in the command's transaction: the lock and the key are the transaction's until it ends. */
    Claimed claim(String recordId, Optional<Sent.Idempotency> idempotency) {
        String sql = idempotency.isPresent() ? LOCK_AND_VERSION + KEY : LOCK_AND_VERSION;
        return jdbc.execute(sql, (PreparedStatement statement) -> {
            statement.setString(1, recordId);
            statement.setString(2, recordId);
            if (idempotency.isPresent()) {
                statement.setString(3, idempotency.get().key());
                statement.setString(4, idempotency.get().requestHash());
                statement.setString(5, idempotency.get().key());
            }
            statement.execute();
            statement.getMoreResults();
            long version = single(statement.getResultSet()).getLong(1);
            if (idempotency.isEmpty()) {
                return new Claimed(version, Optional.empty());
            }
            statement.getMoreResults();
            boolean claimedNow = statement.getUpdateCount() == 1;
            statement.getMoreResults();
            ResultSet stored = single(statement.getResultSet());
            return new Claimed(version, claimedNow ? Optional.empty()
                    : Optional.of(earlier(idempotency.get(), stored.getString(1), stored.getString(2))));
        });
    }

    /**
     * Keeps the answer's body; its status is not kept (the column stays for keys stored before): the same request
     * reaches the same operation, whose status is fixed.
     */
    void answer(Sent.Idempotency idempotency, String response) {
        jdbc.update("UPDATE idempotency_key SET response = ? WHERE idempotency_key = ?", response, idempotency.key());
    }

    private static String earlier(Sent.Idempotency idempotency, String requestHash, String response) {
        if (!idempotency.requestHash().equals(requestHash)) {
            throw RequestRules.IDEMPOTENCY_KEY_REUSED.broken("Idempotency-Key " + idempotency.key()
                    + " was already used for a different request");
        }
        return response;
    }

    private static ResultSet single(ResultSet rows) throws SQLException {
        if (rows == null || !rows.next()) {
            throw new IllegalStateException("The claim of a record answered no row");
        }
        return rows;
    }
}
