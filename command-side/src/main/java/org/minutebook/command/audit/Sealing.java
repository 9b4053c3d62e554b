package org.minutebook.command.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.minutebook.command.platform.Processors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seals every committed event into its record's hash chain, in order, from the stored row, a batch of the sealing
 * processor at a time: the batch's events are read in one query, each sealed into its record's chain, the batch's
 * seals signed once with a key the database never holds ({@link SealBatch}), stored in one statement, and published
 * as one chain head per partition of the heads topic. A tracking processor (its position in PostgreSQL) does it
 * after the commit, so recording a fact never waits for it; a failure, a broker that does not acknowledge the heads
 * among them, rolls the batch back and it is sealed again, never skipped.
 */
@Component
@ProcessingGroup(Sealing.PROCESSOR)
class Sealing {

    static final String PROCESSOR = Processors.SEALING;
    private static final Logger LOG = LoggerFactory.getLogger(Sealing.class);
    private static final String BATCH = Sealing.class.getName() + ".batch";

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

    /** Joins the event to its processor batch, sealed as one just before the batch's position moves. */
    @EventHandler
    void seal(Object event, DomainEventMessage<?> message) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<List<String>>getOrComputeResource(BATCH, key -> {
            List<String> eventIds = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> seal(eventIds));
            return eventIds;
        }).add(message.getIdentifier());
    }

    private void seal(List<String> eventIds) {
        List<StoredEvents.Row> rows = stored.byEventIds(eventIds);
        if (rows.size() != new HashSet<>(eventIds).size()) {
            throw new IllegalStateException("Events of the batch are not stored: " + eventIds);
        }
        Map<Seals.Place, Seals.StoredSeal> sealed = seals.at(placesAndTheirPredecessors(rows));
        Map<String, String> chains = new HashMap<>();
        List<SealBatch.Line> lines = new ArrayList<>();
        List<Seals.NewSeal> fresh = new ArrayList<>();
        List<String> signedAsTheyStand = new ArrayList<>();
        for (StoredEvents.Row row : rows) {
            String previousHash = previousHash(row, chains, sealed);
            Seals.StoredSeal existing = sealed.get(new Seals.Place(row.aggregateId(), row.sequenceNumber()));
            if (existing == null) {
                SealBatch.Line line = new SealBatch.Line(row.aggregateId(), row.sequenceNumber(),
                        row.seal(previousHash));
                lines.add(line);
                fresh.add(new Seals.NewSeal(row.eventId(), previousHash, line));
                chains.put(row.aggregateId(), line.hash());
                continue;
            }
            String hash = existing.signed().hash();
            chains.put(row.aggregateId(), hash);
            if (neverSigned(existing)) {
                if (existing.eventId().equals(row.eventId()) && hash.equals(row.seal(previousHash))) {
                    lines.add(new SealBatch.Line(row.aggregateId(), row.sequenceNumber(), hash));
                    signedAsTheyStand.add(existing.eventId());
                } else {
                    LOG.error("Event {} of {} no longer matches its seal, made before seals were signed: left unsigned",
                            row.sequenceNumber(), row.aggregateId());
                }
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        // microseconds: what PostgreSQL keeps, and so what the signature can be checked against
        SealBatch batch = seals.add(keys.current().sign(lines, Instant.now().truncatedTo(ChronoUnit.MICROS)), fresh);
        seals.sign(signedAsTheyStand, batch.batchId());
        heads.publish(batch);
    }

    /** Where the batch's events go in their chains, and the place before each record's first of them. */
    private static Set<Seals.Place> placesAndTheirPredecessors(List<StoredEvents.Row> rows) {
        Set<Seals.Place> places = new HashSet<>();
        for (StoredEvents.Row row : rows) {
            places.add(new Seals.Place(row.aggregateId(), row.sequenceNumber()));
            if (row.sequenceNumber() > 0) {
                places.add(new Seals.Place(row.aggregateId(), row.sequenceNumber() - 1));
            }
        }
        return places;
    }

    private static String previousHash(StoredEvents.Row row, Map<String, String> chains,
                                       Map<Seals.Place, Seals.StoredSeal> sealed) {
        if (row.sequenceNumber() == 0) {
            return null;
        }
        String inThisBatch = chains.get(row.aggregateId());
        if (inThisBatch != null) {
            return inThisBatch;
        }
        Seals.StoredSeal before = sealed.get(new Seals.Place(row.aggregateId(), row.sequenceNumber() - 1));
        if (before == null) {
            throw new IllegalStateException("Event " + row.eventId() + " cannot be sealed before the event before it");
        }
        return before.signed().hash();
    }

    /**
     * A seal made before seals were signed is signed as it stands, if the stored event still matches it. One that
     * no longer does stays unsigned: signing it would vouch for an edit, and verify reports it.
     */
    private static boolean neverSigned(Seals.StoredSeal seal) {
        return seal.batchId() == null && seal.signed().signature() == null;
    }
}
