package org.minutebook.command.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting of 2 November 2021 as the event store holds it, what someone who administers the database can do to
 * it without the seal key, and how a verdict names what was found: the stories of tampering share these.
 */
final class TamperedMeeting {

    static final String MEETING = "cfosc-2021-11-02";

    private TamperedMeeting() {
    }

    /** The stored row of one of the meeting's facts. */
    static StoredEvents.Row row(long sequenceNumber, String fact) {
        return new StoredEvents.Row("event-" + sequenceNumber, MEETING, sequenceNumber, "Meeting",
                "2021-11-02T14:0" + sequenceNumber + ":00Z", "org.minutebook.events." + fact.split(" ")[0], "1",
                ("{\"fact\": \"" + fact + "\"}").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The seals from {@code from} to {@code to} recomputed over the stored rows, as SQL alone can: each seal keeps its
     * place, its time, its signature or batch; only its hash follows the rows.
     */
    static void recomputeSeals(List<StoredEvents.Row> rows, Map<Long, Seals.StoredSeal> seals, long from, long to) {
        String previous = seals.get(from - 1).signed().hash();
        for (long at = from; at <= to; at++) {
            previous = rows.get((int) at).seal(previous);
            Seals.StoredSeal genuine = seals.get(at);
            SignedSeal signed = genuine.signed();
            seals.put(at, new Seals.StoredSeal(genuine.eventId(), new SignedSeal(MEETING, at, previous,
                    signed.sealedAt(), signed.keyId(), signed.signature()), genuine.batchId()));
        }
    }

    static void assertFound(Verdict verdict, String check, String finding, long sequenceNumber) {
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.verdict()).isEqualTo(finding);
        assertThat(verdict.firstBrokenLink().check()).isEqualTo(check);
        assertThat(verdict.firstBrokenLink().sequenceNumber()).isEqualTo(sequenceNumber);
    }

    static List<String> outcomes(Verdict verdict) {
        return verdict.checks().stream().map(Verdict.Check::outcome).toList();
    }
}
