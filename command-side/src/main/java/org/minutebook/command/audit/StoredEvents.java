package org.minutebook.command.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads events as the event store holds them, byte for byte, and computes their seals. Reading the stored rows
 * (not the deserialized events) is what makes any edit to a row visible.
 */
@Component
class StoredEvents {

    private static final String COLUMNS = "eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
            + "payloadtype, payloadrevision, payload, metadata";

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored event row. */
    record Row(String eventId, String aggregateId, long sequenceNumber, String type, String timestamp,
               String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {

        /** The seal of this row after the given previous seal: SHA-256 over the previous seal and every column. */
        String seal(String previousHash) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String part : new String[]{previousHash, eventId, aggregateId, Long.toString(sequenceNumber),
                        type, timestamp, payloadType, payloadRevision}) {
                    digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                digest.update(payload == null ? new byte[0] : payload);
                digest.update((byte) 0);
                digest.update(metadata == null ? new byte[0] : metadata);
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The events of a processor's batch, in the order they were stored: one query for the batch. */
    List<Row> byEventIds(Collection<String> eventIds) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM domainevententry WHERE eventidentifier = ANY(?) ORDER BY globalindex");
            statement.setArray(1, connection.createArrayOf("varchar", eventIds.toArray()));
            return statement;
        }, (rs, i) -> row(rs));
    }

    List<Row> ofAggregate(String aggregateId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", (rs, i) -> row(rs), aggregateId);
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getBytes(9));
    }
}
