package org.minutebook.command.audit;

import org.minutebook.command.platform.NotRecorded;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Verifies a record's history against its seals, their signatures and the chain heads published on Kafka
 * ({@link ChainChecks}). Nothing stored and nothing published is "not recorded"; a record whose heads were
 * published and whose events are gone is reported as removed.
 */
@Component
class ChainVerification {

    /** Longer than the sealing processor takes from a head's acknowledgement to its seal's commit. */
    private static final Duration SEAL_COMMIT = Duration.ofSeconds(1);

    private final StoredEvents stored;
    private final Seals seals;
    private final SealKeys keys;
    private final ChainHeads heads;

    ChainVerification(StoredEvents stored, Seals seals, SealKeys keys, ChainHeads heads) {
        this.stored = stored;
        this.seals = seals;
        this.keys = keys;
        this.heads = heads;
    }

    Verdict verify(String recordId) {
        Verdict verdict = verifyOnce(recordId);
        if (!"seal-removed".equals(verdict.verdict())) {
            return verdict;
        }
        // a head is published just before its seal commits: a seal missing that moment is looked for once more
        try {
            Thread.sleep(SEAL_COMMIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return verdict;
        }
        return verifyOnce(recordId);
    }

    /**
     * Reads in the order things are committed, latest first — heads, then seals, then events — so that a fact
     * recorded or sealed meanwhile is read as not sealed yet rather than as missing.
     */
    private Verdict verifyOnce(String recordId) {
        Instant since = seals.at(recordId, 0).flatMap(first -> new ChainChecks(recordId, List.of(),
                Map.of(0L, first), batchesOf(List.of(first)), keys).headsPublishedSince()).orElse(null);
        Optional<ChainHeads.Published> published = heads.of(recordId, since);
        Map<Long, Seals.StoredSeal> sealed = seals.ofRecord(recordId);
        ChainChecks checks = new ChainChecks(recordId, stored.ofAggregate(recordId), sealed,
                batchesOf(sealed.values()), keys);
        if (!checks.anythingStored() && published.map(heads -> heads.seals().isEmpty() && heads.batches().isEmpty())
                .orElse(false)) {
            throw new NotRecorded("Nothing is recorded under id " + recordId);
        }
        return checks.verdict(published);
    }

    private Map<Long, Optional<SealBatch>> batchesOf(Collection<Seals.StoredSeal> sealed) {
        return seals.batches(sealed.stream().map(Seals.StoredSeal::batchId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }
}
