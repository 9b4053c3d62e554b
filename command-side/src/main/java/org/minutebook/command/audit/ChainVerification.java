package org.minutebook.command.audit;

import org.minutebook.command.platform.NotRecorded;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Verifies a record's history against its seals, their signatures and the chain heads published on Kafka
 * ({@link ChainChecks}). Nothing stored and nothing published is "not recorded"; a record whose heads were
 * published and whose events are gone is reported as removed.
 */
@Component
class ChainVerification {

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
        ChainChecks checks = new ChainChecks(recordId, stored.ofAggregate(recordId), seals.ofRecord(recordId),
                keys::check);
        Optional<List<SignedSeal>> published = heads.of(recordId,
                checks.firstSignedSeal().map(SignedSeal::sealedAt).orElse(null));
        if (!checks.anythingStored() && published.map(List::isEmpty).orElse(false)) {
            throw new NotRecorded("Nothing is recorded under id " + recordId);
        }
        return checks.verdict(published);
    }
}
