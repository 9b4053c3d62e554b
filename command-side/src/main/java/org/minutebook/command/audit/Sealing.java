package org.minutebook.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Seals every committed event into its record's hash chain, in order, from the stored row. A tracking processor
 * (its position in PostgreSQL) does it after the commit, so recording a fact never waits for it; a failure is
 * retried, never skipped.
 */
@Component
@ProcessingGroup(Sealing.PROCESSOR)
class Sealing {

    static final String PROCESSOR = "event-sealing";

    private final StoredEvents stored;
    private final JdbcTemplate jdbc;

    Sealing(StoredEvents stored, JdbcTemplate jdbc) {
        this.stored = stored;
        this.jdbc = jdbc;
    }

    @EventHandler
    void seal(Object event, DomainEventMessage<?> message) {
        StoredEvents.Row row = stored.byEventId(message.getIdentifier())
                .orElseThrow(() -> new IllegalStateException("Event " + message.getIdentifier() + " is not stored"));
        List<String> previous = jdbc.queryForList("SELECT hash FROM event_seal WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", String.class, row.aggregateId(), row.sequenceNumber() - 1);
        if (row.sequenceNumber() > 0 && previous.isEmpty()) {
            throw new IllegalStateException("Event " + row.eventId() + " cannot be sealed before the event before it");
        }
        String previousHash = previous.isEmpty() ? null : previous.get(0);
        jdbc.update("INSERT INTO event_seal (event_identifier, aggregate_identifier, sequence_number, hash, "
                        + "previous_hash, sealed_at) VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT DO NOTHING",
                row.eventId(), row.aggregateId(), row.sequenceNumber(), row.seal(previousHash), previousHash);
    }
}
