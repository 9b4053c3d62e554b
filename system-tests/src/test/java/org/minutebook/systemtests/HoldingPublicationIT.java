package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator holds publication onto Kafka to time the warm publisher (docs/operations.md, "Holding publication")
 * while the clerk records the Children and Families committee's attendance. Nothing the clerk records while held
 * reaches the topic; released, every fact arrives once, in the order recorded. A hold nobody releases lapses by
 * itself within the bound, however often it is asked for again.
 */
class HoldingPublicationIT {

    private static final String COMMITTEE = "cfc-hold";
    private static final Duration AT_MOST = Minutebook.PUBLICATION_HOLD_AT_MOST;
    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Children and Families Committee");
    }

    /** After a hold, publication runs as long as it lasted before another may begin: each story waits for that. */
    @BeforeEach
    void publicationMayBeHeld() {
        await().atMost(AT_MOST.plusSeconds(10)).until(() -> {
            JsonNode state = hold("GET", null).json();
            return !state.get("held").asBoolean() && !state.hasNonNull("mayHoldAgainAt");
        });
    }

    @Test
    void whatTheClerkRecordsWhileHeldIsPublishedOnceInOrderWhenReleased() throws Exception {
        String meeting = AMeeting.opened(minutebook, COMMITTEE);
        assertThat(sequenceNumbersOnTheTopic(meeting, 2, Duration.ofSeconds(30))).containsExactly(0L, 1L);

        Http.Response held = hold("POST", "{\"seconds\": " + AT_MOST.toSeconds() + "}");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.json().get("held").asBoolean()).isTrue();
        assertThat(Http.getAs(Users.OPERATOR, minutebook.commandSide() + "/actuator/health").json()
                .at("/components/publication/status").asText()).isEqualTo("HELD");
        for (String member : List.of("cole", "hunt", "orton")) {
            assertThat(Http.post(meeting(meeting, "/attendance/members"), """
                    {"member": {"id": "%s", "name": "Councillor %s"}}""".formatted(member, member)).status())
                    .isEqualTo(201);
        }
        assertThat(sequenceNumbersOnTheTopic(meeting, 3, Duration.ofSeconds(1)))
                .as("published while held").containsExactly(0L, 1L);

        Http.Response released = hold("DELETE", null);
        assertThat(released.json().get("held").asBoolean()).isFalse();
        // held over a second: publication runs as long before another hold
        Http.Response tooSoon = hold("POST", "{\"seconds\": 1}");
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.json().get("rule").asText()).isEqualTo("publication-runs-between-holds");
        assertThat(tooSoon.header("Retry-After")).matches("[1-9][0-9]*");
        assertThat(sequenceNumbersOnTheTopic(meeting, 5, Duration.ofSeconds(30)))
                .containsExactlyElementsOf(LongStream.range(0, 5).boxed().toList());
    }

    @Test
    void aHoldNobodyReleasesLapsesWithinItsBoundHoweverOftenItIsAskedForAgain() throws Exception {
        String meeting = AMeeting.opened(minutebook, COMMITTEE);
        Http.Response tooLong = hold("POST", "{\"seconds\": 3600}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asText()).isEqualTo("seconds");

        Instant heldAt = Instant.now();
        String heldUntil = hold("POST", "{\"seconds\": " + AT_MOST.toSeconds() + "}").json().get("heldUntil")
                .asText();
        AMeeting.recordApology(minutebook, meeting);
        // asked to hold it again and again, as a hostile client would, until the apology is out
        while (sequenceNumbersOnTheTopic(meeting, 3, Duration.ofMillis(140)).size() < 3) {
            Http.Response again = hold("POST", "{\"seconds\": " + AT_MOST.toSeconds() + "}");
            assertThat(again.status()).isIn(200, 409);
            if (again.status() == 200 && again.json().get("held").asBoolean()) {
                assertThat(again.json().get("heldUntil").asText()).isEqualTo(heldUntil);
            }
            assertThat(Duration.between(heldAt, Instant.now())).as("held").isLessThan(AT_MOST.plusSeconds(10));
        }

        assertThat(Duration.between(heldAt, Instant.now())).as("held until it lapsed")
                .isGreaterThanOrEqualTo(AT_MOST.minusMillis(500));
        assertThat(sequenceNumbersOnTheTopic(meeting, 3, Duration.ofSeconds(5))).containsExactly(0L, 1L, 2L);
    }

    private static Http.Response hold(String method, String body) throws Exception {
        return Http.sendAs(Users.OPERATOR, method, minutebook.commandSide() + "/api/admin/publication/hold",
                body == null ? "" : body);
    }

    private static String meeting(String meetingId, String path) {
        return minutebook.commandSide() + "/api/meetings/" + meetingId + path;
    }

    private static List<Long> sequenceNumbersOnTheTopic(String meeting, int expected, Duration patience) {
        return minutebook.sequenceNumbersOnTheTopic(meeting, expected, patience);
    }
}
