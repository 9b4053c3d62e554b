package org.minutebook.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The seals in {@code event_seal}: each event's place in its record's chain, signed with the batch it was sealed in
 * ({@code seal_batch}), or by itself when sealed before seals were signed a batch at a time. Read and written a
 * batch at a time: one statement for many seals, never one per event.
 */
@Component
class Seals {

    private static final String COLUMNS = "event_identifier, aggregate_identifier, sequence_number, hash, sealed_at, "
            + "key_id, signature, batch_id";

    private final JdbcTemplate jdbc;

    Seals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A stored seal and the event it was made for. {@code signed} carries its own key and signature when it was
     * signed by itself; a seal of a batch has neither, and names its batch; a seal never signed has none of these.
     */
    record StoredSeal(String eventId, SignedSeal signed, Long batchId) {
    }

    /** A place in a record's chain. */
    record Place(String recordId, long sequenceNumber) {
    }

    /** A seal to store, made in a batch. */
    record NewSeal(String eventId, String previousHash, SealBatch.Line line) {
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

    /** The seals at these places of their records' chains, where there are seals: one query for them all. */
    Map<Place, StoredSeal> at(Collection<Place> places) {
        Map<Place, StoredSeal> seals = new HashMap<>();
        if (places.isEmpty()) {
            return seals;
        }
        List<Place> wanted = List.copyOf(places);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM event_seal"
                    + " JOIN unnest(?::varchar[], ?::bigint[]) AS wanted(wanted_record, wanted_sequence)"
                    + " ON aggregate_identifier = wanted_record AND sequence_number = wanted_sequence");
            statement.setArray(1, connection.createArrayOf("varchar", wanted.stream().map(Place::recordId).toArray()));
            statement.setArray(2, connection.createArrayOf("bigint",
                    wanted.stream().map(Place::sequenceNumber).toArray()));
            return statement;
        }, rs -> {
            StoredSeal seal = seal(rs);
            seals.put(new Place(seal.signed().recordId(), seal.signed().sequenceNumber()), seal);
        });
        return seals;
    }

    /** Stores the batch's statement and signature, and its new seals; answers the batch as stored. */
    SealBatch add(SealBatch batch, List<NewSeal> seals) {
        OffsetDateTime sealedAt = OffsetDateTime.ofInstant(batch.sealedAt(), ZoneOffset.UTC);
        long batchId = jdbc.queryForObject("INSERT INTO seal_batch (sealed_at, key_id, statement, signature) "
                        + "VALUES (?, ?, ?, ?) RETURNING batch_id", Long.class,
                sealedAt, batch.keyId(), batch.statement(),
                batch.signature());
        jdbc.batchUpdate("INSERT INTO event_seal (event_identifier, aggregate_identifier, sequence_number, hash, "
                        + "previous_hash, sealed_at, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)", seals, seals.size(),
                (statement, seal) -> {
                    statement.setString(1, seal.eventId());
                    statement.setString(2, seal.line().recordId());
                    statement.setLong(3, seal.line().sequenceNumber());
                    statement.setString(4, seal.line().hash());
                    statement.setString(5, seal.previousHash());
                    statement.setObject(6, sealedAt);
                    statement.setLong(7, batchId);
                });
        return new SealBatch(batchId, batch.sealedAt(), batch.keyId(), batch.seals(), batch.signature());
    }

    /** Signs seals made before seals were signed, as they stand, with the batch that restates them. */
    void sign(Collection<String> eventIds, long batchId) {
        if (!eventIds.isEmpty()) {
            jdbc.update(connection -> withArray(connection, "UPDATE event_seal SET batch_id = " + batchId
                    + " WHERE event_identifier = ANY(?) AND signature IS NULL AND batch_id IS NULL", "varchar",
                    eventIds.toArray()));
        }
    }

    /** The batches by id; one whose stored statement no longer reads as one is there, empty. */
    Map<Long, Optional<SealBatch>> batches(Collection<Long> batchIds) {
        Map<Long, Optional<SealBatch>> batches = new HashMap<>();
        if (batchIds.isEmpty()) {
            return batches;
        }
        jdbc.query(connection -> withArray(connection, "SELECT batch_id, statement, signature FROM seal_batch "
                        + "WHERE batch_id = ANY(?)", "bigint", batchIds.toArray()),
                rs -> {
                    long batchId = rs.getLong(1);
                    batches.put(batchId, SealBatch.read(batchId, rs.getString(2), rs.getString(3)));
                });
        return batches;
    }

    private static PreparedStatement withArray(Connection connection, String sql, String type, Object[] values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        Array array = connection.createArrayOf(type, values);
        statement.setArray(1, array);
        return statement;
    }

    private static StoredSeal seal(ResultSet rs) throws SQLException {
        return new StoredSeal(rs.getString(1), new SignedSeal(rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7)),
                rs.getObject(8, Long.class));
    }
}
