package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given a meeting of the Children and Families Overview and Scrutiny Committee, opened and with an apology
 * recorded, when PostgreSQL, Kafka or MongoDB stops, then whatever needs it answers at once that it is unavailable
 * (503 problem+json naming it, with Retry-After), readiness says DOWN while liveness stays UP, and when the server
 * returns the record is whole: what was recorded before and during the outage is there, once, and projected.
 * <p>
 * These tests stop servers, so they run on a system of their own.
 */
class OutagesIT {

    /** Generous for a loaded two-core machine: the clients' timeouts are 2 to 5 seconds. */
    private static final Duration FAST = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(120);
    private static final String MEETING = "cfosc-2021-11-02";
    private static final String PUBLICATION = "__axon-kafka-event-publishing-group";
    private static final String MEETING_RECORDS = "meeting-records";

    private static Minutebook minutebook;

    @BeforeAll
    static void aMeetingWithAnApology() throws Exception {
        minutebook = Minutebook.ownSystem();
        minutebook.registerCommittee("cfosc", "Children and Families Overview and Scrutiny Committee");
        assertThat(command("/api/meetings", """
                {"meetingId": "%s", "committeeId": "cfosc",
                 "title": "Children and Families Overview and Scrutiny Committee",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall, Glenfield"}
                """.formatted(MEETING)).status()).isEqualTo(201);
        assertThat(command(meeting("/opening"), """
                {"openedAt": "2021-11-02T14:00", "chair": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}
                """).status()).isEqualTo(200);
        long version = apology("cole", "Councillor Cole").json().get("version").asLong();
        minutebook.awaitProjected(MEETING, version);
    }

    @AfterAll
    static void stop() {
        minutebook.close();
    }

    @Test
    void whilePostgresIsDownACommandIsRefusedAtOnceAndItsRetryAfterwardsIsRecordedOnce() throws Exception {
        long before = Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json().size();
        minutebook.stopEventStore();
        try {
            Timed refused = timed(() -> apology("hack", "Councillor Hack", "Idempotency-Key", "apology-hack"));
            assertUnavailable(refused, "event-store-unavailable");
            assertNotReadyButLive(minutebook.commandSide());
            // the outage is the command side's: the record is still read from the query side
            assertThat(Http.get(minutebook.querySide() + "/api/meetings/" + MEETING).status()).isEqualTo(200);
        } finally {
            minutebook.startEventStore();
        }
        awaitReady(minutebook.commandSide());
        Http.Response retried = await().atMost(RECOVERY).until(
                () -> apology("hack", "Councillor Hack", "Idempotency-Key", "apology-hack"),
                answer -> answer.status() == 201);

        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json();
        assertThat(history.size()).as("the refused command stored nothing; its retry, one event").isEqualTo(before + 1);
        minutebook.awaitProjected(MEETING, retried.json().get("version").asLong());
        assertThat(apologised()).contains("Councillor Cole", "Councillor Hack");
    }

    @Test
    void whileKafkaIsDownCommandsAreStoredAndWaitToBePublishedWhileARebuildIsRefusedAtOnce() throws Exception {
        minutebook.stopKafka();
        long version;
        try {
            Timed stored = timed(() -> apology("kaufman", "Councillor Kaufman"));
            assertThat(stored.response().status()).as(stored.response().raw().body()).isEqualTo(201);
            assertThat(stored.took()).isLessThan(FAST);
            version = stored.response().json().get("version").asLong();
            await().atMost(FAST.multipliedBy(2))
                    .until(() -> eventsBehind(minutebook.commandSide(), PUBLICATION) >= 1);
            assertThat(lagGauge(minutebook.commandSide(), PUBLICATION)).isGreaterThanOrEqualTo(1);

            Timed rebuild = timed(() -> Http.postAs(Users.OPERATOR,
                    minutebook.querySide() + "/api/admin/rebuild?force=true", "{}"));
            assertUnavailable(rebuild, "broker-unavailable");
            assertNotReadyButLive(minutebook.commandSide());
            assertNotReadyButLive(minutebook.querySide());
        } finally {
            minutebook.startKafka();
        }
        awaitReady(minutebook.commandSide());
        awaitReady(minutebook.querySide());
        minutebook.awaitProjected(MEETING, version);
        await().atMost(RECOVERY).until(() -> eventsBehind(minutebook.commandSide(), PUBLICATION) == 0);
        assertThat(apologised()).contains("Councillor Cole", "Councillor Kaufman");
    }

    @Test
    void whileMongoIsDownQueriesAreRefusedAtOnceAndWhatWasRecordedMeanwhileIsProjectedOnItsReturn()
            throws Exception {
        minutebook.stopReadModelStore();
        Http.Response recorded;
        try {
            Timed refused = timed(() -> Http.get(minutebook.querySide() + "/api/meetings/" + MEETING));
            assertUnavailable(refused, "read-models-unavailable");
            assertNotReadyButLive(minutebook.querySide());
            // commands need no read model
            recorded = apology("barkley", "Councillor Barkley");
            assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(201);
            await().atMost(FAST.multipliedBy(2))
                    .until(() -> eventsBehind(minutebook.querySide(), MEETING_RECORDS) >= 1);
        } finally {
            minutebook.startReadModelStore();
        }
        awaitReady(minutebook.querySide());
        minutebook.awaitProjected(MEETING, recorded.json().get("version").asLong());
        assertThat(apologised()).contains("Councillor Cole", "Councillor Barkley");
        await().atMost(RECOVERY).until(() -> eventsBehind(minutebook.querySide(), MEETING_RECORDS) == 0);
    }

    private static void assertUnavailable(Timed timed, String rule) {
        Http.Response answer = timed.response();
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(503);
        assertThat(timed.took()).isLessThan(FAST);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).isEqualTo("https://minutebook.org/problems/" + rule);
        assertThat(answer.json().get("status").asInt()).isEqualTo(503);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
    }

    private static void assertNotReadyButLive(String service) throws Exception {
        Timed readiness = timed(() -> Http.get(service + "/actuator/health/readiness"));
        assertThat(readiness.took()).isLessThan(FAST);
        assertThat(readiness.response().status()).isEqualTo(503);
        assertThat(readiness.response().json().get("status").asText()).isEqualTo("DOWN");
        Http.Response liveness = Http.get(service + "/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().get("status").asText()).isEqualTo("UP");
    }

    private static void awaitReady(String service) {
        await().atMost(RECOVERY).until(() -> Http.get(service + "/actuator/health/readiness").status() == 200);
    }

    /** The processor's events behind, from the operator's view of the health; -1 while not told. */
    private static long eventsBehind(String service, String processor) throws Exception {
        JsonNode processors = Http.getAs(Users.OPERATOR, service + "/actuator/health/processors").json();
        return processors.path("details").path("eventsBehind").path(processor).asLong(-1);
    }

    private static double lagGauge(String service, String processor) throws Exception {
        JsonNode gauge = Http.getAs(Users.OPERATOR,
                service + "/actuator/metrics/minutebook.processor.lag?tag=processor:" + processor).json();
        return gauge.get("measurements").get(0).get("value").asDouble();
    }

    /** The names of the members whose apologies the attendance read model holds. */
    private static List<String> apologised() throws Exception {
        JsonNode attendance = Http.ok(minutebook.querySide() + "/api/meetings/" + MEETING + "/attendance");
        List<String> names = new ArrayList<>();
        attendance.path("apologies").forEach(row -> names.add(row.path("person").path("name").asText()));
        return names;
    }

    private static Http.Response apology(String id, String name, String... headers) throws Exception {
        return command(meeting("/attendance/apologies"), """
                {"member": {"id": "%s", "name": "%s"}}
                """.formatted(id, name), headers);
    }

    private static Http.Response command(String path, String json, String... headers) throws Exception {
        return Http.post(minutebook.commandSide() + path, json, headers);
    }

    private static String meeting(String path) {
        return "/api/meetings/" + MEETING + path;
    }

    private static Timed timed(Callable<Http.Response> request) throws Exception {
        long start = System.nanoTime();
        Http.Response response = request.call();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Timed(Http.Response response, Duration took) {
    }
}
