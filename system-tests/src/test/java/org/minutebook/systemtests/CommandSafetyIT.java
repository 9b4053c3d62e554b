package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clerk can rely on when the network or a colleague gets in the way: a retried request never records a
 * fact twice, a write on a stale version is refused instead of lost, and a refused command stores nothing.
 */
class CommandSafetyIT {

    private static Minutebook minutebook;
    private String meetingId;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("cyps", "Children, Young People and Schools Scrutiny Commission");
    }

    @BeforeEach
    void anOpenMeeting() throws Exception {
        meetingId = "cyps-" + UUID.randomUUID();
        assertThat(post("/api/meetings", """
                {"meetingId": "%s", "committeeId": "cyps", "special": true,
                 "title": "Special Meeting, Children, Young People and Schools Scrutiny Commission",
                 "startsAt": "2020-09-29T17:30", "venue": "Microsoft Teams Meeting"}
                """.formatted(meetingId)).status()).isEqualTo(201);
        assertThat(post(meeting("/opening"), """
                {"openedAt": "2020-09-29T17:30", "chair": {"id": "chair", "name": "The Chair"}}
                """).status()).isEqualTo(200);
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyRecordsTheFactOnce() throws Exception {
        String apology = """
                {"member": {"id": "cole", "name": "Councillor Cole"}}
                """;
        Http.Response first = post(meeting("/attendance/apologies"), apology, "Idempotency-Key", "apology-cole-1");
        Http.Response retry = post(meeting("/attendance/apologies"), apology, "Idempotency-Key", "apology-cole-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(typesInHistory()).containsExactly("MeetingScheduled", "MeetingOpened", "ApologyRecorded");
    }

    @Test
    void theSameIdempotencyKeyOnADifferentRequestIsRefused() throws Exception {
        post(meeting("/attendance/apologies"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}
                """, "Idempotency-Key", "shared-key");

        Http.Response reused = post(meeting("/attendance/apologies"), """
                {"member": {"id": "bhatia", "name": "Cllr Rae Bhatia"}}
                """, "Idempotency-Key", "shared-key");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("rule").asText()).isEqualTo("idempotency-key-reused");
        assertThat(typesInHistory()).containsExactly("MeetingScheduled", "MeetingOpened", "ApologyRecorded");
    }

    @Test
    void aWriteOnAStaleVersionIsRefusedNamingTheCurrentVersionAndTheOtherClerksFactIsKept() throws Exception {
        Http.Response first = post(meeting("/attendance/members"), """
                {"member": {"id": "orton", "name": "Cllr Orton"}}
                """, "If-Match", "\"1\"");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");

        Http.Response stale = post(meeting("/attendance/members"), """
                {"member": {"id": "march", "name": "Councillor March"}}
                """, "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("rule").asText()).isEqualTo("concurrent-change");
        assertThat(stale.json().get("currentVersion").asLong()).as("the version to read before retrying").isEqualTo(2);
        assertThat(typesInHistory()).containsExactly("MeetingScheduled", "MeetingOpened", "MemberAttended");
    }

    @Test
    void clerksRecordingAtTheSameMomentLoseNoFact() throws Exception {
        ExecutorService clerks = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> apologies = new ArrayList<>();
        for (int member = 0; member < 12; member++) {
            String body = """
                    {"member": {"id": "member-%d", "name": "Councillor %d"}}
                    """.formatted(member, member);
            apologies.add(() -> recordUntilAccepted(meeting("/attendance/apologies"), body));
        }
        for (Future<Integer> answer : clerks.invokeAll(apologies)) {
            assertThat(answer.get()).isEqualTo(201);
        }
        clerks.shutdown();

        assertThat(typesInHistory()).filteredOn("ApologyRecorded"::equals).hasSize(12);
    }

    @Test
    void aRefusedCommandNamesTheRuleAndStoresNothing() throws Exception {
        Http.Response refused = post(meeting("/closing"), """
                {"closedAt": "2020-09-29T17:00"}
                """);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().get("rule").asText()).isEqualTo("close-before-start");
        assertThat(typesInHistory()).containsExactly("MeetingScheduled", "MeetingOpened");
    }

    @Test
    void aCommandForAnUnknownMeetingIsNotFound() throws Exception {
        Http.Response unknown = post("/api/meetings/no-such-meeting/closing", """
                {"closedAt": "2020-09-29T19:00"}
                """);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asText()).endsWith("/not-found");
    }

    /** A clerk's tool retries a refused concurrent write; any other refusal is the answer. */
    private int recordUntilAccepted(String path, String body) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            Http.Response answer = post(path, body);
            if (answer.status() != 409) {
                return answer.status();
            }
        }
        return 409;
    }

    private String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private Http.Response post(String path, String json, String... headers) throws Exception {
        return Http.post(minutebook.commandSide() + path, json, headers);
    }

    private List<String> typesInHistory() throws Exception {
        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json();
        List<String> types = new ArrayList<>();
        history.forEach(event -> types.add(event.get("type").asText().replaceAll(".*\\.", "")));
        return types;
    }
}
