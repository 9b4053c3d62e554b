package org.minutebook.command.audit;

import org.minutebook.command.audit.SealKeys.SignatureCheck;
import org.minutebook.command.audit.Verdict.Check;
import org.minutebook.command.audit.Verdict.Finding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three checks of a record's history, from what the event store holds and what the chain-heads topic says:
 * <ol>
 *   <li>{@value #EVENTS_AGAINST_SEALS}: each stored event against its seal (an edited, replaced or removed event);</li>
 *   <li>{@value #SEAL_SIGNATURES}: each seal's signature under a trusted key — its batch's, whose statement must give
 *   this very seal (a seal recomputed without the key), or its own for a seal signed by itself;</li>
 *   <li>{@value #PUBLISHED_HEADS}: every head published for the record against the chain the stored events make
 *   now (a removed tail, a rewritten chain, a removed seal, a removed record).</li>
 * </ol>
 * Events committed but not sealed yet (a moment after a command) are counted apart, never reported as broken.
 */
final class ChainChecks {

    static final String EVENTS_AGAINST_SEALS = "events-against-seals";
    static final String SEAL_SIGNATURES = "seal-signatures";
    static final String PUBLISHED_HEADS = "published-heads";

    /** Whether a trusted key signed a seal, or a batch of seals. */
    interface Signatures {

        SignatureCheck check(SignedSeal seal);

        SignatureCheck check(SealBatch batch);
    }

    private final String recordId;
    private final List<StoredEvents.Row> rows;
    private final Map<Long, Seals.StoredSeal> seals;
    private final Map<Long, Optional<SealBatch>> batches;
    private final Signatures signatures;
    private final Map<Long, SignatureCheck> batchChecks = new HashMap<>();
    /** The chain the stored events make now: the hash at each sequence number, up to the first missing event. */
    private final List<String> chain = new ArrayList<>();
    private final int sealedInOrder;

    /**
     * @param batches the batches the seals name, by id; one there but empty no longer reads as the statement
     *                that was signed
     */
    ChainChecks(String recordId, List<StoredEvents.Row> rows, Map<Long, Seals.StoredSeal> seals,
                Map<Long, Optional<SealBatch>> batches, Signatures signatures) {
        this.recordId = recordId;
        this.rows = rows;
        this.seals = seals;
        this.batches = batches;
        this.signatures = signatures;
        String previous = null;
        for (int index = 0; index < rows.size() && rows.get(index).sequenceNumber() == index; index++) {
            previous = rows.get(index).seal(previous);
            chain.add(previous);
        }
        int sealed = 0;
        while (seals.containsKey((long) sealed)) {
            sealed++;
        }
        this.sealedInOrder = sealed;
    }

    /** Whether the store holds anything of the record. */
    boolean anythingStored() {
        return !rows.isEmpty() || !seals.isEmpty();
    }

    /**
     * When the record's first seal was signed, if its signature holds: no head of the record can have been
     * published before. A forged first seal says nothing, so the heads are then read from the start.
     */
    Optional<Instant> headsPublishedSince() {
        Seals.StoredSeal first = seals.get(0L);
        if (first == null || signatureOf(first) != SignatureCheck.SIGNED) {
            return Optional.empty();
        }
        return Optional.of(first.batchId() == null ? first.signed().sealedAt()
                : batches.get(first.batchId()).orElseThrow().sealedAt());
    }

    /** The verdict, given the heads published for the record (empty when they could not be read). */
    Verdict verdict(Optional<ChainHeads.Published> published) {
        Optional<List<Claim>> claims = published.map(this::claims);
        List<Check> checks = List.of(
                Check.of(EVENTS_AGAINST_SEALS, eventsAgainstSeals()),
                Check.of(SEAL_SIGNATURES, sealSignatures()),
                claims.map(heads -> Check.of(PUBLISHED_HEADS, againstPublished(heads)))
                        .orElse(Check.unavailable(PUBLISHED_HEADS)));
        Finding first = checks.stream().map(Check::finding).filter(finding -> finding != null).findFirst()
                .orElse(null);
        boolean intact = first == null && published.isPresent();
        String verdict = first != null ? first.verdict() : intact ? Verdict.INTACT : Verdict.HEADS_UNAVAILABLE;
        PublishedHead latest = claims.flatMap(heads -> heads.stream()
                .max(Comparator.comparingLong(Claim::sequenceNumber)).map(Claim::head)).orElse(null);
        String chainHead = sealedInOrder == 0 ? null : seals.get((long) sealedInOrder - 1).signed().hash();
        return new Verdict(recordId, intact, verdict, rows.size(), Math.min(sealedInOrder, rows.size()), chainHead,
                latest, checks, first);
    }

    private Finding eventsAgainstSeals() {
        if (chain.size() < rows.size()) {
            return finding(EVENTS_AGAINST_SEALS, "event-missing", chain.size(), null,
                    "event " + chain.size() + " is missing from the store");
        }
        for (int index = 0; index < Math.min(sealedInOrder, rows.size()); index++) {
            Seals.StoredSeal seal = seals.get((long) index);
            StoredEvents.Row row = rows.get(index);
            if (!seal.eventId().equals(row.eventId())) {
                return finding(EVENTS_AGAINST_SEALS, "event-replaced", index, row.eventId(),
                        "the stored event is not the one sealed at this place (" + seal.eventId() + ")");
            }
            if (!seal.signed().hash().equals(chain.get(index))) {
                return finding(EVENTS_AGAINST_SEALS, "event-altered", index, row.eventId(),
                        "the stored event differs from what was sealed");
            }
        }
        if (sealedInOrder > rows.size()) {
            return finding(EVENTS_AGAINST_SEALS, "sealed-event-missing", rows.size(),
                    seals.get((long) rows.size()).eventId(), "a sealed event is missing from the store");
        }
        if (seals.size() > sealedInOrder) {
            return finding(EVENTS_AGAINST_SEALS, "seal-missing", sealedInOrder, eventIdAt(sealedInOrder),
                    "the seal of event " + sealedInOrder + " is missing, though later events are sealed");
        }
        return null;
    }

    private Finding sealSignatures() {
        for (Seals.StoredSeal seal : seals.values()) {
            long at = seal.signed().sequenceNumber();
            switch (signatureOf(seal)) {
                case UNSIGNED -> {
                    return finding(SEAL_SIGNATURES, "seal-unsigned", at, seal.eventId(), "the seal is not signed");
                }
                case UNKNOWN_KEY -> {
                    return finding(SEAL_SIGNATURES, "seal-key-unknown", at, seal.eventId(),
                            "the seal names key " + keyOf(seal) + ", which is not a trusted seal key");
                }
                case FORGED -> {
                    return finding(SEAL_SIGNATURES, "seal-forged", at, seal.eventId(),
                            "the seal's signature does not hold: it was not made by the service's key");
                }
                case SIGNED -> {
                }
            }
        }
        return null;
    }

    /**
     * How a seal's signature stands: its own (a seal signed by itself), or its batch's, whose statement must give
     * this seal's very hash at this place; a batch gone from the store leaves the seal unsigned.
     */
    private SignatureCheck signatureOf(Seals.StoredSeal seal) {
        if (seal.batchId() == null) {
            return signatures.check(seal.signed());
        }
        Optional<SealBatch> batch = batches.get(seal.batchId());
        if (batch == null) {
            return SignatureCheck.UNSIGNED;
        }
        SignatureCheck check = batch.map(this::checkOnce).orElse(SignatureCheck.FORGED);
        if (check != SignatureCheck.SIGNED) {
            return check;
        }
        SignedSeal stored = seal.signed();
        return batch.get().line(recordId, stored.sequenceNumber())
                .filter(line -> line.hash().equals(stored.hash()))
                .map(line -> SignatureCheck.SIGNED).orElse(SignatureCheck.FORGED);
    }

    private SignatureCheck checkOnce(SealBatch batch) {
        return batchChecks.computeIfAbsent(batch.batchId(), id -> signatures.check(batch));
    }

    private String keyOf(Seals.StoredSeal seal) {
        return seal.batchId() == null ? seal.signed().keyId()
                : batches.get(seal.batchId()).map(SealBatch::keyId).orElse(null);
    }

    /** A sequence number and hash the topic vouches for, with how its signature stands. */
    private record Claim(long sequenceNumber, String hash, SignatureCheck signature, PublishedHead head) {
    }

    /** Every place of the record's chain the topic gives: each head signed alone, each batch's lines for it. */
    private List<Claim> claims(ChainHeads.Published published) {
        List<Claim> claims = new ArrayList<>();
        for (SignedSeal head : published.seals()) {
            claims.add(new Claim(head.sequenceNumber(), head.hash(), signatures.check(head), PublishedHead.of(head)));
        }
        for (SealBatch batch : published.batches()) {
            // a batch published is checked as published, not as stored under its id
            SignatureCheck check = signatures.check(batch);
            for (SealBatch.Line line : batch.of(recordId)) {
                claims.add(new Claim(line.sequenceNumber(), line.hash(), check, PublishedHead.of(batch, line)));
            }
        }
        return claims;
    }

    private Finding againstPublished(List<Claim> heads) {
        for (Claim head : heads.stream().sorted(Comparator.comparingLong(Claim::sequenceNumber)).toList()) {
            long at = head.sequenceNumber();
            if (head.signature() != SignatureCheck.SIGNED) {
                return finding(PUBLISHED_HEADS, "head-forged", at, null,
                        "a head published for this record is not signed by a trusted seal key");
            }
            if (rows.isEmpty()) {
                return finding(PUBLISHED_HEADS, "record-removed", 0, null, "events up to " + at
                        + " were published as sealed, and the store holds none of them");
            }
            if (at >= rows.size()) {
                return finding(PUBLISHED_HEADS, "tail-removed", rows.size(), null, "events up to " + at
                        + " were published as sealed; the store ends at " + (rows.size() - 1));
            }
            if (at >= chain.size()) {
                return finding(PUBLISHED_HEADS, "event-missing", chain.size(), null,
                        "event " + chain.size() + " was published as sealed and is missing from the store");
            }
            if (!chain.get((int) at).equals(head.hash())) {
                return finding(PUBLISHED_HEADS, "chain-rewritten", at, eventIdAt(at),
                        "the chain the stored events make differs here from the head published when it was sealed");
            }
            if (!seals.containsKey(at)) {
                return finding(PUBLISHED_HEADS, "seal-removed", at, eventIdAt(at),
                        "this event was published as sealed and its seal is missing from the store");
            }
        }
        return null;
    }

    private String eventIdAt(long sequenceNumber) {
        return sequenceNumber < rows.size() ? rows.get((int) sequenceNumber).eventId() : null;
    }

    private static Finding finding(String check, String verdict, long sequenceNumber, String eventId, String reason) {
        return new Finding(check, verdict, sequenceNumber, eventId, reason);
    }
}
