package org.minutebook.command.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.command.audit.TamperedMeeting.MEETING;
import static org.minutebook.command.audit.TamperedMeeting.assertFound;
import static org.minutebook.command.audit.TamperedMeeting.recomputeSeals;
import static org.minutebook.command.audit.TamperedMeeting.row;

/**
 * The meeting of 2 November 2021 sealed as the sealing processor seals under load: its scheduling, agenda and
 * opening in one batch, signed once together with another meeting's facts; its attendance in a second batch. Each
 * batch is stored and published as one head. Then someone who administers the database tampers with a fact inside
 * the second batch — and {@code verify} still names that very fact.
 */
class SealedInBatchesTest {

    private static final String OTHER_MEETING = "cyps-2021-11-03";
    private static final Instant FIRST_BATCH = Instant.parse("2021-11-02T14:05:00.123456Z");
    private static final Instant SECOND_BATCH = Instant.parse("2021-11-02T14:06:00.654321Z");

    private final SealKeys keys = new SealKeys(SealKey.generate(), List.of());
    private final List<StoredEvents.Row> rows = new ArrayList<>();
    private final Map<Long, Seals.StoredSeal> seals = new TreeMap<>();
    private final Map<Long, Optional<SealBatch>> batches = new HashMap<>();
    private final List<SealBatch> published = new ArrayList<>();

    @BeforeEach
    void theMeetingIsSealedInTwoBatches() {
        for (String fact : List.of("MeetingScheduled", "AgendaItemAdded item-36", "AgendaItemAdded item-37",
                "MeetingOpened", "MemberAttended Mrs. H. J. Fryer CC", "ApologyRecorded Councillor Cole",
                "MemberAttended Mr. T. Parton CC")) {
            rows.add(row(rows.size(), fact));
        }
        sealInBatch(1, 0, 3, FIRST_BATCH, new SealBatch.Line(OTHER_MEETING, 0, "9f".repeat(32)));
        sealInBatch(2, 4, 6, SECOND_BATCH);
    }

    @Test
    void aMeetingSealedInBatchesIsIntactByEveryCheck() {
        Verdict verdict = verdict();

        assertThat(verdict.intact()).as(verdict.toString()).isTrue();
        assertThat(verdict.sealed()).isEqualTo(7);
        assertThat(verdict.publishedHead().sequenceNumber()).isEqualTo(6);
        assertThat(verdict.publishedHead().batchId()).isEqualTo(2);
        assertThat(published).hasSize(2).as("one signature a batch, not one an event");
    }

    @Test
    void anApologyEditedInsideASealedBatchIsNamedAtTheApology() {
        rows.set(5, row(5, "ApologyRecorded Councillor Coles"));

        Verdict verdict = verdict();

        assertFound(verdict, ChainChecks.EVENTS_AGAINST_SEALS, "event-altered", 5);
        assertThat(verdict.firstBrokenLink().eventId()).isEqualTo("event-5");
    }

    @Test
    void anApologyEditedAndTheSealsFromItRecomputedIsNamedAtTheApologyAsAForgedSeal() {
        rows.set(5, row(5, "ApologyRecorded Councillor Coles"));
        recomputeSeals(rows, seals, 5, 6);

        Verdict verdict = verdict();

        assertFound(verdict, ChainChecks.SEAL_SIGNATURES, "seal-forged", 5);
        assertThat(verdict.checks().get(0).outcome()).as("the recomputation itself was right").isEqualTo("passed");
        assertThat(verdict.checks().get(2).finding().verdict()).isEqualTo("chain-rewritten");
        assertThat(verdict.checks().get(2).finding().sequenceNumber()).isEqualTo(5);
    }

    @Test
    void aBatchStatementRewrittenInTheStoreNoLongerHoldsItsSignature() {
        SealBatch genuine = batches.get(2L).orElseThrow();
        List<SealBatch.Line> rewritten = new ArrayList<>(genuine.seals());
        rewritten.set(1, new SealBatch.Line(MEETING, 5, "00".repeat(32)));
        batches.put(2L, Optional.of(new SealBatch(2, genuine.sealedAt(), genuine.keyId(), rewritten,
                genuine.signature())));

        assertFound(verdict(), ChainChecks.SEAL_SIGNATURES, "seal-forged", 4);
    }

    @Test
    void aSealWhoseBatchWasDeletedIsUnsigned() {
        batches.remove(2L);

        assertFound(verdict(), ChainChecks.SEAL_SIGNATURES, "seal-unsigned", 4);
    }

    @Test
    void aStatementReadsBackAsTheOneSignedAndNothingElseDoes() {
        SealBatch batch = batches.get(1L).orElseThrow();

        assertThat(SealBatch.read(1, batch.statement(), batch.signature())).contains(batch);
        assertThat(SealBatch.read(1, batch.statement() + "\n", batch.signature())).isEmpty();
        assertThat(SealBatch.read(1, batch.statement().replace("seal:16:", "seal:15:"), batch.signature()))
                .isEmpty();
        assertThat(keys.check(batch)).isEqualTo(SealKeys.SignatureCheck.SIGNED);
    }

    private void sealInBatch(long batchId, int from, int to, Instant sealedAt, SealBatch.Line... others) {
        List<SealBatch.Line> lines = new ArrayList<>(List.of(others));
        String previous = from == 0 ? null : seals.get((long) from - 1).signed().hash();
        for (int at = from; at <= to; at++) {
            previous = rows.get(at).seal(previous);
            lines.add(new SealBatch.Line(MEETING, at, previous));
            seals.put((long) at, new Seals.StoredSeal("event-" + at, new SignedSeal(MEETING, at, previous, sealedAt,
                    null, null), batchId));
        }
        SealBatch signed = keys.current().sign(lines, sealedAt);
        SealBatch stored = new SealBatch(batchId, signed.sealedAt(), signed.keyId(), signed.seals(),
                signed.signature());
        batches.put(batchId, Optional.of(stored));
        published.add(stored);
    }

    private Verdict verdict() {
        return new ChainChecks(MEETING, rows, seals, batches, keys)
                .verdict(Optional.of(new ChainHeads.Published(List.of(), published)));
    }


}
