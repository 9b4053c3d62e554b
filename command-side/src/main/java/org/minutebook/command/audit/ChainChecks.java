package org.minutebook.command.audit;

import org.minutebook.command.audit.SealKeys.SignatureCheck;
import org.minutebook.command.audit.Verdict.Check;
import org.minutebook.command.audit.Verdict.Finding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The three checks of a record's history, from what the event store holds and what the chain-heads topic says:
 * <ol>
 *   <li>{@value #EVENTS_AGAINST_SEALS}: each stored event against its seal (an edited, replaced or removed event);</li>
 *   <li>{@value #SEAL_SIGNATURES}: each seal's signature under a trusted key (a seal recomputed without the key);</li>
 *   <li>{@value #PUBLISHED_HEADS}: every head published for the record against the chain the stored events make
 *   now (a removed tail, a rewritten chain, a removed seal, a removed record).</li>
 * </ol>
 * Events committed but not sealed yet (a moment after a command) are counted apart, never reported as broken.
 */
final class ChainChecks {

    static final String EVENTS_AGAINST_SEALS = "events-against-seals";
    static final String SEAL_SIGNATURES = "seal-signatures";
    static final String PUBLISHED_HEADS = "published-heads";

    private final String recordId;
    private final List<StoredEvents.Row> rows;
    private final Map<Long, Seals.StoredSeal> seals;
    private final Function<SignedSeal, SignatureCheck> signatures;
    /** The chain the stored events make now: the hash at each sequence number, up to the first missing event. */
    private final List<String> chain = new ArrayList<>();
    private final int sealedInOrder;

    ChainChecks(String recordId, List<StoredEvents.Row> rows, Map<Long, Seals.StoredSeal> seals,
                Function<SignedSeal, SignatureCheck> signatures) {
        this.recordId = recordId;
        this.rows = rows;
        this.seals = seals;
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
    static Optional<Instant> headsPublishedSince(SignedSeal firstSeal,
                                                 Function<SignedSeal, SignatureCheck> signatures) {
        return signatures.apply(firstSeal) == SignatureCheck.SIGNED ? Optional.of(firstSeal.sealedAt())
                : Optional.empty();
    }

    /** The verdict, given the heads published for the record (empty when they could not be read). */
    Verdict verdict(Optional<List<SignedSeal>> publishedHeads) {
        List<Check> checks = List.of(
                Check.of(EVENTS_AGAINST_SEALS, eventsAgainstSeals()),
                Check.of(SEAL_SIGNATURES, sealSignatures()),
                publishedHeads.map(heads -> Check.of(PUBLISHED_HEADS, againstPublished(heads)))
                        .orElse(Check.unavailable(PUBLISHED_HEADS)));
        Finding first = checks.stream().map(Check::finding).filter(finding -> finding != null).findFirst()
                .orElse(null);
        boolean intact = first == null && publishedHeads.isPresent();
        String verdict = first != null ? first.verdict() : intact ? Verdict.INTACT : Verdict.HEADS_UNAVAILABLE;
        SignedSeal latest = publishedHeads.flatMap(heads -> heads.stream()
                .max(Comparator.comparingLong(SignedSeal::sequenceNumber))).orElse(null);
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
            switch (signatures.apply(seal.signed())) {
                case UNSIGNED -> {
                    return finding(SEAL_SIGNATURES, "seal-unsigned", at, seal.eventId(), "the seal is not signed");
                }
                case UNKNOWN_KEY -> {
                    return finding(SEAL_SIGNATURES, "seal-key-unknown", at, seal.eventId(),
                            "the seal names key " + seal.signed().keyId() + ", which is not a trusted seal key");
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

    private Finding againstPublished(List<SignedSeal> heads) {
        for (SignedSeal head : heads.stream().sorted(Comparator.comparingLong(SignedSeal::sequenceNumber)).toList()) {
            long at = head.sequenceNumber();
            if (signatures.apply(head) != SignatureCheck.SIGNED) {
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
