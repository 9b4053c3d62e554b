package org.minutebook.command.feeds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The systems an operator registered to receive decisions by webhook ({@code decision_subscriber}), how far each has
 * been delivered, and when to try it again. Each instance of the command side takes a subscriber for a while (a
 * lease) before delivering to it, so two instances do not deliver to one subscriber at once.
 */
@Component
class DecisionSubscribers {

    private static final String COLUMNS = "id, url, secret, council, registered_at, delivered_position, attempts, "
            + "next_attempt_at, last_error";

    private final JdbcTemplate jdbc;

    DecisionSubscribers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A subscriber and how its deliveries stand.
     *
     * @param id                its id
     * @param url               where decisions are POSTed
     * @param secret            the secret its deliveries are signed with
     * @param council           the only council whose decisions it receives, or null for all
     * @param registeredAt      when it was registered
     * @param deliveredPosition the position in the feed up to which every decision was delivered
     * @param attempts          the failed attempts at the next decision since the last delivery
     * @param nextAttemptAt     when the next decision is tried
     * @param lastError         why the last attempt failed, or null
     */
    record Subscriber(String id, String url, String secret, String council, Instant registeredAt,
                      long deliveredPosition, int attempts, Instant nextAttemptAt, String lastError) {
    }

    /** A new subscriber, to receive every decision published from now on (or, {@code fromStart}, every one ever). */
    Subscriber register(String url, String council, boolean fromStart) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        long from = fromStart ? 0 : jdbc.queryForObject("SELECT COALESCE(MAX(position), 0) FROM decision_feed",
                Long.class);
        jdbc.update("INSERT INTO decision_subscriber (id, url, secret, council, registered_at, delivered_position, "
                        + "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id, url, WebhookSignature.newSecret(),
                council, at(now), from, at(now));
        return find(id).orElseThrow();
    }

    List<Subscriber> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM decision_subscriber ORDER BY registered_at",
                (rs, row) -> subscriber(rs));
    }

    Optional<Subscriber> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM decision_subscriber WHERE id = ?", (rs, row) -> subscriber(rs),
                id).stream().findFirst();
    }

    boolean remove(String id) {
        return jdbc.update("DELETE FROM decision_subscriber WHERE id = ?", id) > 0;
    }

    /** The subscribers due a delivery attempt that this instance now holds, each for {@code lease}. */
    List<Subscriber> takeDue(String instance, Duration lease) {
        Instant now = Instant.now();
        return jdbc.query("UPDATE decision_subscriber SET leased_by = ?, leased_until = ? WHERE next_attempt_at <= ?"
                        + " AND (leased_until IS NULL OR leased_until < ? OR leased_by = ?) RETURNING " + COLUMNS,
                (rs, row) -> subscriber(rs), instance, at(now.plus(lease)), at(now), at(now), instance);
    }

    /** Delivered up to this position: the next decision is tried at once. */
    void delivered(String id, long position) {
        jdbc.update("UPDATE decision_subscriber SET delivered_position = ?, attempts = 0, last_error = NULL "
                + "WHERE id = ?", position, id);
    }

    /** The delivery failed: tried again at {@code retryAt}. */
    void failed(String id, int attempts, Instant retryAt, String error) {
        jdbc.update("UPDATE decision_subscriber SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                attempts, at(retryAt), error.length() > 2000 ? error.substring(0, 2000) : error, id);
    }

    /** Gives the subscribers this instance holds back (it is stopping). */
    void release(String instance) {
        jdbc.update("UPDATE decision_subscriber SET leased_by = NULL, leased_until = NULL WHERE leased_by = ?",
                instance);
    }

    private static Subscriber subscriber(ResultSet rs) throws SQLException {
        return new Subscriber(rs.getString("id"), rs.getString("url"), rs.getString("secret"),
                rs.getString("council"), instant(rs.getTimestamp("registered_at")), rs.getLong("delivered_position"),
                rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
