package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given a meeting whose next event cannot be projected, the query side parks that event as a dead letter, the
 * meeting's later events wait behind it, and every other meeting stays current; an operator reads it, and either
 * discards it or, once the cause is repaired, retries it.
 */
class DeadLettersIT {

    private static final String COMMITTEE = "cfosc-dead-letters";
    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Children and Families Overview and Scrutiny Committee");
    }

    @Test
    void aCorrectionNested900DeepIsParkedWithItsMeetingsLaterEventBehindItUntilAnOperatorDiscardsIt()
            throws Exception {
        String poisoned = AMeeting.openedWithAnApology(minutebook, COMMITTEE);
        String poison = MeetingEventsTopic.plantCorrectionNested900Deep(minutebook, poisoned, 2, 3);
        String later = MeetingEventsTopic.plant(minutebook, poisoned, 2, 4, """
                {"meetingId":"%s","member":{"id":"welsh","name":"Mr. G. Welsh CC"},"reason":null}\
                """.formatted(poisoned).getBytes(StandardCharsets.UTF_8), Map.of());

        List<JsonNode> letters = await().atMost(Duration.ofSeconds(60)).until(() -> AMeeting.parked(minutebook, poisoned),
                found -> found.size() == 2);
        assertThat(letters).extracting(letter -> letter.get("id").asText()).containsExactly(poison, later);
        JsonNode failed = letters.get(0);
        assertThat(failed.get("processor").asText()).isEqualTo("meeting-records");
        assertThat(failed.get("eventType").asText()).isEqualTo("minutebook.FactCorrected");
        assertThat(failed.get("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(failed.get("cause").get("message").asText()).startsWith("event-too-deep");
        assertThat(failed.get("attempts").asInt()).isPositive();
        assertThat(failed.get("eventsQueuedBehind").asInt()).isEqualTo(1);
        assertThat(letters.get(1).get("position").asInt()).isEqualTo(1);
        assertThat(letters.get(1).get("cause").isNull()).isTrue();
        assertThat(Http.getAs(Users.OPERATOR, deadLetters() + "/" + poison).json().get("sequenceNumber").asLong())
                .isEqualTo(3);

        String other = AMeeting.openedWithAnApology(minutebook, COMMITTEE);
        minutebook.awaitProjected(other, 2);
        assertThat(Http.ok(minutebook.querySide() + "/api/meetings/" + poisoned).get("version").asLong())
                .isEqualTo(2);
        JsonNode health = Http.getAs(Users.OPERATOR, minutebook.querySide() + "/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("DEAD_LETTERS");
        assertThat(health.get("components").get("deadLetters").get("details").get("parked").asLong())
                .isGreaterThanOrEqualTo(2);
        assertThat(Http.get(minutebook.querySide() + "/actuator/health").status()).isEqualTo(200);
        JsonNode gauge = Http.getAs(Users.OPERATOR, minutebook.querySide()
                + "/actuator/metrics/minutebook.dead_letters").json();
        assertThat(gauge.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(2);

        assertThat(Http.sendAs(Users.OPERATOR, "DELETE", deadLetters() + "/" + poison, "").status()).isEqualTo(204);

        // the apology waited only behind the correction: with it discarded, it is projected by itself
        JsonNode attendance = await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(minutebook.querySide()
                + "/api/meetings/" + poisoned + "/attendance?minVersion=4"), read -> read.status() == 200).json();
        assertThat(attendance.findValuesAsText("name")).contains("Mr. G. Welsh CC");
        assertThat(AMeeting.parked(minutebook, poisoned)).isEmpty();
    }

    @Test
    void aCorrectionWhoseMemberIsXIsParkedWhileTheApologyStandsAsRecorded() throws Exception {
        String misnamed = AMeeting.openedWithAnApology(minutebook, COMMITTEE);
        String correction = MeetingEventsTopic.plantCorrection(minutebook, misnamed, 2, 3, "{\"member\":\"x\"}");

        JsonNode parked = await().atMost(Duration.ofSeconds(60)).until(() -> firstParkedOf(misnamed),
                Optional::isPresent).orElseThrow();

        assertThat(parked.get("id").asText()).isEqualTo(correction);
        assertThat(parked.get("cause").get("message").asText()).startsWith("correction-unreadable");
        assertThat(Http.ok(minutebook.querySide() + "/api/meetings/" + misnamed + "/attendance")
                .findValuesAsText("name")).contains("Councillor Cole");
        assertThat(Http.ok(minutebook.querySide() + "/api/meetings/" + misnamed).get("version").asLong())
                .isEqualTo(2);
    }

    /*
     * The honest fix: the meeting's stored record was damaged in MongoDB (as by a hand edit or a bad restore), so
     * its next event cannot be applied to it. Nothing in the event is wrong; the operator restores the document
     * and retries, and the parked event is projected.
     */
    @Test
    void anApologyParkedBehindADamagedRecordIsProjectedWhenTheOperatorRetriesAfterRestoringIt() throws Exception {
        String damaged = AMeeting.opened(minutebook, COMMITTEE);
        MongoCollection<Document> records = minutebook.readModels().getCollection("meeting_answers");
        Document stored = records.find(Filters.eq("_id", damaged)).first();
        records.replaceOne(Filters.eq("_id", damaged), new Document(stored).append("version", "damaged"));
        AMeeting.recordApology(minutebook, damaged);

        JsonNode parked = await().atMost(Duration.ofSeconds(60)).until(() -> firstParkedOf(damaged),
                letter -> letter.isPresent() && letter.get().get("attempts").asInt() == 3).orElseThrow();
        assertThat(parked.get("cause").get("message").asText()).contains("Unreadable stored MeetingRecord " + damaged);
        String other = AMeeting.opened(minutebook, COMMITTEE);
        minutebook.awaitProjected(other, 1);

        records.replaceOne(Filters.eq("_id", damaged), stored);
        Http.Response retried = Http.postAs(Users.OPERATOR, deadLetters() + "/" + parked.get("id").asText()
                + "/retry", "{}");

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json()).isEmpty();
        assertThat(Http.ok(minutebook.querySide() + "/api/meetings/" + damaged + "/attendance?minVersion=2")
                .findValuesAsText("name")).contains("Councillor Cole");
        assertThat(firstParkedOf(damaged)).isEmpty();
    }

    @Test
    void anUnknownDeadLetterIsNotFoundAndNoOneButAnOperatorReadsThem() throws Exception {
        Http.Response unknown = Http.getAs(Users.OPERATOR, deadLetters() + "/" + UUID.randomUUID());
        Http.Response retryUnknown = Http.postAs(Users.OPERATOR, deadLetters() + "/" + UUID.randomUUID() + "/retry",
                "{}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(retryUnknown.status()).isEqualTo(404);
        assertThat(Http.get(deadLetters()).status()).isEqualTo(401);
        assertThat(Http.getAs(Users.CLERK, deadLetters()).status()).isEqualTo(403);
    }

    private static String deadLetters() {
        return minutebook.querySide() + "/api/admin/dead-letters";
    }

    private static Optional<JsonNode> firstParkedOf(String meetingId) throws Exception {
        return AMeeting.parked(minutebook, meetingId).stream().findFirst();
    }
}
