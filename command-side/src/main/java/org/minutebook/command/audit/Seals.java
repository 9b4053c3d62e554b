package org.minutebook.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The seals in {@code event_seal}: each event's place in its record's chain, signed. */
@Component
class Seals {

    private static final String COLUMNS = "event_identifier, aggregate_identifier, sequence_number, hash, sealed_at, "
            + "key_id, signature";

    private final JdbcTemplate jdbc;

    Seals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored seal and the event it was made for; {@code keyId} and {@code signature} null if never signed. */
    record StoredSeal(String eventId, SignedSeal signed) {
    }

    /** The record's seals by sequence number. */
    Map<Long, StoredSeal> ofRecord(String recordId) {
        Map<Long, StoredSeal> seals = new TreeMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM event_seal WHERE aggregate_identifier = ?",
                rs -> {
                    StoredSeal seal = seal(rs);
                    seals.put(seal.signed().sequenceNumber(), seal);
                }, recordId);
        return seals;
    }

    Optional<StoredSeal> at(String recordId, long sequenceNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM event_seal WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", (rs, i) -> seal(rs), recordId, sequenceNumber).stream().findFirst();
    }

    void add(String eventId, String previousHash, SignedSeal seal) {
        jdbc.update("INSERT INTO event_seal (event_identifier, aggregate_identifier, sequence_number, hash, "
                        + "previous_hash, sealed_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                eventId, seal.recordId(), seal.sequenceNumber(), seal.hash(), previousHash,
                OffsetDateTime.ofInstant(seal.sealedAt(), ZoneOffset.UTC), seal.keyId(), seal.signature());
    }

    /** Signs a seal made before seals were signed, as it stands. */
    void sign(String eventId, SignedSeal seal) {
        jdbc.update("UPDATE event_seal SET key_id = ?, signature = ? WHERE event_identifier = ? AND signature IS NULL",
                seal.keyId(), seal.signature(), eventId);
    }

    private static StoredSeal seal(ResultSet rs) throws SQLException {
        return new StoredSeal(rs.getString(1), new SignedSeal(rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7)));
    }
}
