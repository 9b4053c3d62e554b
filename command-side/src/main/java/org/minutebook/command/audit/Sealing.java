package org.minutebook.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Seals every committed event into its record's hash chain, in order, from the stored row, signs the seal with a
 * key the database never holds, and publishes it as the record's chain head. A tracking processor (its position in
 * PostgreSQL) does it after the commit, so recording a fact never waits for it; a failure, a broker that does not
 * acknowledge a head among them, is retried, never skipped.
 */
@Component
@ProcessingGroup(Sealing.PROCESSOR)
class Sealing {

    static final String PROCESSOR = "event-sealing";
    private static final Logger LOG = LoggerFactory.getLogger(Sealing.class);

    private final StoredEvents stored;
    private final Seals seals;
    private final SealKeys keys;
    private final ChainHeads heads;

    Sealing(StoredEvents stored, Seals seals, SealKeys keys, ChainHeads heads) {
        this.stored = stored;
        this.seals = seals;
        this.keys = keys;
        this.heads = heads;
    }

    @EventHandler
    void seal(Object event, DomainEventMessage<?> message) {
        StoredEvents.Row row = stored.byEventId(message.getIdentifier())
                .orElseThrow(() -> new IllegalStateException("Event " + message.getIdentifier() + " is not stored"));
        String previousHash = previousHash(row);
        seals.at(row.aggregateId(), row.sequenceNumber()).ifPresentOrElse(
                existing -> signUnsigned(existing, row, previousHash),
                () -> {
                    // microseconds: what PostgreSQL keeps, and so what the signature can be checked against
                    SignedSeal seal = keys.current().sign(row.aggregateId(), row.sequenceNumber(),
                            row.seal(previousHash), Instant.now().truncatedTo(ChronoUnit.MICROS));
                    seals.add(row.eventId(), previousHash, seal);
                    heads.publish(seal);
                });
    }

    private String previousHash(StoredEvents.Row row) {
        if (row.sequenceNumber() == 0) {
            return null;
        }
        return seals.at(row.aggregateId(), row.sequenceNumber() - 1).map(seal -> seal.signed().hash())
                .orElseThrow(() -> new IllegalStateException(
                        "Event " + row.eventId() + " cannot be sealed before the event before it"));
    }

    /**
     * A seal made before seals were signed is signed as it stands, if the stored event still matches it. One that
     * no longer does stays unsigned: signing it would vouch for an edit, and verify reports it.
     */
    private void signUnsigned(Seals.StoredSeal existing, StoredEvents.Row row, String previousHash) {
        SignedSeal seal = existing.signed();
        if (seal.signature() != null) {
            return;
        }
        if (!existing.eventId().equals(row.eventId()) || !seal.hash().equals(row.seal(previousHash))) {
            LOG.error("Event {} of {} no longer matches its seal, made before seals were signed: left unsigned",
                    row.sequenceNumber(), row.aggregateId());
            return;
        }
        SignedSeal signed = keys.current().sign(seal.recordId(), seal.sequenceNumber(), seal.hash(), seal.sealedAt());
        seals.sign(existing.eventId(), signed);
        heads.publish(signed);
    }
}
