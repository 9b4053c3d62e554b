package org.minutebook.command.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.command.audit.TamperedMeeting.MEETING;
import static org.minutebook.command.audit.TamperedMeeting.assertFound;
import static org.minutebook.command.audit.TamperedMeeting.outcomes;
import static org.minutebook.command.audit.TamperedMeeting.recomputeSeals;
import static org.minutebook.command.audit.TamperedMeeting.row;

/**
 * The meeting of 2 November 2021 as the event store holds it — scheduled, four items added, opened, an apology —
 * sealed and published as the sealing processor does it, then tampered with as a database administrator could.
 */
class ChainChecksTest {

    private static final Instant SEALED_AT = Instant.parse("2021-11-02T14:05:00.123456Z");

    private final SealKeys keys = new SealKeys(SealKey.generate(), List.of());
    private final List<StoredEvents.Row> rows = new ArrayList<>();
    private final Map<Long, Seals.StoredSeal> seals = new TreeMap<>();
    private final List<SignedSeal> published = new ArrayList<>();

    @BeforeEach
    void theMeetingIsRecordedSealedAndPublished() {
        List<String> facts = List.of("MeetingScheduled", "AgendaItemAdded item-36", "AgendaItemAdded item-37",
                "AgendaItemAdded item-38", "MeetingOpened", "ApologyRecorded Councillor Cole",
                "AttendanceRecorded Mrs. H. J. Fryer CC");
        for (String fact : facts) {
            rows.add(row(rows.size(), fact));
        }
        String previous = null;
        for (StoredEvents.Row row : rows) {
            previous = row.seal(previous);
            SignedSeal seal = SealedAlone.sign(keys.current(), MEETING, row.sequenceNumber(), previous, SEALED_AT);
            seals.put(row.sequenceNumber(), new Seals.StoredSeal(row.eventId(), seal, null));
            published.add(seal);
        }
    }

    @Test
    void anUntouchedMeetingIsIntactByEveryCheck() {
        Verdict verdict = verdict();

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.verdict()).isEqualTo("intact");
        assertThat(verdict.checks()).extracting(Verdict.Check::outcome).containsOnly("passed");
        assertThat(verdict.sealed()).isEqualTo(7);
        assertThat(verdict.publishedHead().sequenceNumber()).isEqualTo(6);
        assertThat(verdict.chainHead()).isEqualTo(seals.get(6L).signed().hash());
    }

    @Test
    void eventsRecordedAMomentAgoAndNotSealedYetAreCountedApartNotBroken() {
        rows.add(row(7, "DeclarationOfInterest Councillor Bray"));

        Verdict verdict = verdict();

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.events()).isEqualTo(8);
        assertThat(verdict.sealed()).isEqualTo(7);
    }

    @Test
    void anApologyEditedInTheStoreNoLongerMatchesItsSeal() {
        rows.set(5, row(5, "ApologyRecorded Councillor Coles"));

        Verdict verdict = verdict();

        assertFound(verdict, ChainChecks.EVENTS_AGAINST_SEALS, "event-altered", 5);
        assertThat(outcomes(verdict)).containsExactly("failed", "passed", "failed");
    }

    @Test
    void anApologyEditedAndItsSealsRecomputedWithoutTheKeyHasForgedSeals() {
        rows.set(5, row(5, "ApologyRecorded Councillor Coles"));
        recomputeSeals(rows, seals, 5, 6);

        Verdict verdict = verdict();

        assertFound(verdict, ChainChecks.SEAL_SIGNATURES, "seal-forged", 5);
        assertThat(verdict.checks().get(2).finding().verdict()).isEqualTo("chain-rewritten");
        assertThat(verdict.checks().get(2).finding().sequenceNumber()).isEqualTo(5);
    }

    @Test
    void sealsRecomputedAndStrippedOfTheirSignaturesAreUnsigned() {
        Seals.StoredSeal genuine = seals.get(6L);
        seals.put(6L, new Seals.StoredSeal(genuine.eventId(), new SignedSeal(MEETING, 6, genuine.signed().hash(),
                SEALED_AT, null, null), null));

        assertFound(verdict(), ChainChecks.SEAL_SIGNATURES, "seal-unsigned", 6);
    }

    @Test
    void theLastEventDeletedWithItsSealIsARemovedTail() {
        rows.remove(6);
        seals.remove(6L);

        Verdict verdict = verdict();

        assertFound(verdict, ChainChecks.PUBLISHED_HEADS, "tail-removed", 6);
        assertThat(outcomes(verdict)).containsExactly("passed", "passed", "failed");
    }

    @Test
    void theTailDeletedAndOtherFactsRecordedInItsPlaceIsARewrittenChain() {
        rows.set(6, row(6, "AttendanceRecorded Councillor Hunt"));
        Seals.StoredSeal genuine = seals.get(6L);
        SignedSeal resealed = SealedAlone.sign(keys.current(), MEETING, 6,
                rows.get(6).seal(seals.get(5L).signed().hash()), SEALED_AT.plusSeconds(60));
        seals.put(6L, new Seals.StoredSeal(genuine.eventId(), resealed, null));
        published.add(resealed);

        assertFound(verdict(), ChainChecks.PUBLISHED_HEADS, "chain-rewritten", 6);
    }

    @Test
    void theSealOfTheLastEventDeletedIsARemovedSeal() {
        seals.remove(6L);

        Verdict verdict = verdict();

        assertFound(verdict, ChainChecks.PUBLISHED_HEADS, "seal-removed", 6);
        assertThat(verdict.sealed()).isEqualTo(6);
    }

    @Test
    void aMeetingWhoseEveryEventAndSealIsDeletedIsARemovedRecord() {
        rows.clear();
        seals.clear();

        assertFound(verdict(), ChainChecks.PUBLISHED_HEADS, "record-removed", 0);
    }

    @Test
    void aHeadOnTheTopicThatTheServiceDidNotSignIsReported() {
        published.add(SealedAlone.sign(SealKey.generate(), MEETING, 7, seals.get(6L).signed().hash(), SEALED_AT));

        assertFound(verdict(), ChainChecks.PUBLISHED_HEADS, "head-forged", 7);
    }

    @Test
    void whenTheHeadsCannotBeReadTheMeetingIsNotCalledIntact() {
        ChainChecks checks = new ChainChecks(MEETING, rows, seals, Map.of(), keys);

        Verdict verdict = checks.verdict(Optional.empty());

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.verdict()).isEqualTo("heads-unavailable");
        assertThat(verdict.firstBrokenLink()).isNull();
        assertThat(outcomes(verdict)).containsExactly("passed", "passed", "unavailable");
    }

    @Test
    void theHeadsAreLookedForFromTheFirstSealOnlyWhenItsSignatureHolds() {
        assertThat(new ChainChecks(MEETING, rows, seals, Map.of(), keys).headsPublishedSince()).contains(SEALED_AT);

        SignedSeal first = seals.get(0L).signed();
        seals.put(0L, new Seals.StoredSeal("event-0", new SignedSeal(MEETING, 0, first.hash(),
                Instant.parse("2099-01-01T00:00:00Z"), first.keyId(), first.signature()), null));
        assertThat(new ChainChecks(MEETING, rows, seals, Map.of(), keys).headsPublishedSince()).isEmpty();
    }

    private Verdict verdict() {
        return new ChainChecks(MEETING, rows, seals, Map.of(), keys)
                .verdict(Optional.of(new ChainHeads.Published(published, List.of())));
    }



}
