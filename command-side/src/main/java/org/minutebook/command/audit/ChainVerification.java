package org.minutebook.command.audit;

import org.minutebook.command.platform.NotRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes a record's hash chain from the stored rows and compares it with the seals: an edited, removed or
 * reordered event is the first broken link. Events committed but not yet sealed (a moment after a command) are
 * counted apart, not reported as broken.
 */
@Component
class ChainVerification {

    private final StoredEvents stored;
    private final JdbcTemplate jdbc;

    ChainVerification(StoredEvents stored, JdbcTemplate jdbc) {
        this.stored = stored;
        this.jdbc = jdbc;
    }

    Verdict verify(String aggregateId) {
        List<StoredEvents.Row> rows = stored.ofAggregate(aggregateId);
        Map<Long, Seal> seals = new HashMap<>();
        jdbc.query("SELECT sequence_number, event_identifier, hash FROM event_seal WHERE aggregate_identifier = ?",
                rs -> {
                    seals.put(rs.getLong(1), new Seal(rs.getString(2), rs.getString(3)));
                }, aggregateId);
        if (rows.isEmpty() && seals.isEmpty()) {
            throw new NotRecorded("Nothing is recorded under id " + aggregateId);
        }
        String previousHash = null;
        int sealed = 0;
        for (int index = 0; index < rows.size(); index++) {
            StoredEvents.Row row = rows.get(index);
            if (row.sequenceNumber() != index) {
                return Verdict.broken(aggregateId, rows.size(), sealed, index, null,
                        "event " + index + " is missing from the store");
            }
            Seal seal = seals.get(row.sequenceNumber());
            if (seal == null) {
                return Verdict.intact(aggregateId, rows.size(), sealed, previousHash);
            }
            if (!seal.eventId().equals(row.eventId())) {
                return Verdict.broken(aggregateId, rows.size(), sealed, index, row.eventId(),
                        "the stored event is not the one sealed at this place (" + seal.eventId() + ")");
            }
            String expected = row.seal(previousHash);
            if (!expected.equals(seal.hash())) {
                return Verdict.broken(aggregateId, rows.size(), sealed, index, row.eventId(),
                        "the stored event differs from what was sealed");
            }
            previousHash = expected;
            sealed++;
        }
        if (seals.size() > rows.size()) {
            return Verdict.broken(aggregateId, rows.size(), sealed, rows.size(), seals.get((long) rows.size()).eventId(),
                    "a sealed event is missing from the store");
        }
        return Verdict.intact(aggregateId, rows.size(), sealed, previousHash);
    }

    private record Seal(String eventId, String hash) {
    }

    /** The outcome: intact or not, how many events were checked, and the first broken link if any. */
    record Verdict(String id, boolean intact, int events, int sealed, String chainHead, BrokenLink firstBrokenLink) {

        static Verdict intact(String id, int events, int sealed, String head) {
            return new Verdict(id, true, events, sealed, head, null);
        }

        static Verdict broken(String id, int events, int sealed, long sequenceNumber, String eventId, String reason) {
            return new Verdict(id, false, events, sealed, null, new BrokenLink(sequenceNumber, eventId, reason));
        }
    }

    record BrokenLink(long sequenceNumber, String eventId, String reason) {
    }
}
