package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Children and Families committee's meeting is open, and someone who is no clerk's tool probes both services:
 * from each side's own OpenAPI document, every operation is sent what no form would — broken JSON, a body over
 * 1 MiB, MongoDB operators, control and bidirectional-override characters, the wrong content type, method, path
 * variable, {@code If-Match} or {@code Idempotency-Key} — signed in as the role the operation needs. Each is
 * answered as a problem the client can read, none as a 500, and not one stores an event.
 */
class HostileRequestsIT {

    private static final String MEETING = "cfosc-hostile-2021-11-02";
    private static final String COMMITTEE = "cfosc-hostile";
    private static Minutebook minutebook;

    @BeforeAll
    static void anOpenMeetingWithAnItem() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Children and Families Overview and Scrutiny Committee");
        for (String[] command : new String[][]{
                {"/api/meetings", "{\"meetingId\": \"" + MEETING + "\", \"committeeId\": \"" + COMMITTEE + "\","
                        + " \"title\": \"Children and Families Overview and Scrutiny Committee\","
                        + " \"startsAt\": \"2021-11-02T14:00\", \"venue\": \"County Hall, Glenfield\"}"},
                {"/api/meetings/" + MEETING + "/opening", "{\"openedAt\": \"2021-11-02T14:00\","
                        + " \"chair\": {\"id\": \"fryer\", \"name\": \"Mrs. H. J. Fryer CC\"}}"},
                {"/api/meetings/" + MEETING + "/agenda/items", "{\"itemId\": \"item-37\", \"number\": \"37\","
                        + " \"title\": \"Children and Family Services Departmental Plan\"}"}}) {
            Http.Response recorded = Http.post(minutebook.commandSide() + command[0], command[1]);
            assertThat(recorded.status()).as(command[0] + ": " + recorded.raw().body()).isIn(200, 201);
        }
    }

    @Test
    void noHostileRequestToEitherSideIsAnsweredWithA500OrAnythingButAProblemAndNoneStoresAnEvent()
            throws Exception {
        Map<String, String> realIds = Map.of("meetingId", MEETING, "committeeId", COMMITTEE, "itemId", "item-37",
                "memberId", "fryer");
        HostileRequests hostile = new HostileRequests(realIds, HostileRequestsIT::whoMay);
        OpenAPI commandSide = HostileRequests.parse(Http.get(minutebook.commandSide() + "/v3/api-docs").raw().body());
        OpenAPI querySide = HostileRequests.parse(Http.get(minutebook.querySide() + "/v3/api-docs").raw().body());
        List<String> wrong = new ArrayList<>();
        Set<String> probed = new HashSet<>();
        long eventsBefore;
        long eventsAfter;
        int sent;
        try (Connection eventStore = minutebook.eventStore()) {
            eventsBefore = storedEvents(eventStore);
            sent = probe(hostile.from(commandSide), minutebook.commandSide(), eventStore, wrong, probed)
                    + probe(hostile.from(querySide), minutebook.querySide(), eventStore, wrong, probed);
            eventsAfter = storedEvents(eventStore);
        }

        assertThat(wrong).as(wrong.size() + " of " + sent + " answers").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(300);
        assertThat(probed).as("every operation of both documents is probed")
                .containsAll(HostileRequests.operations(commandSide))
                .containsAll(HostileRequests.operations(querySide));
        assertThat(eventsAfter).as("events stored").isEqualTo(eventsBefore);
    }

    /** Sends each request; what is wrong with an answer goes in the list. Returns how many were sent. */
    private static int probe(List<RawRequest> requests, String service, Connection eventStore, List<String> wrong,
                             Set<String> probed) throws Exception {
        for (RawRequest request : requests) {
            probed.add(request.what().substring(0, request.what().indexOf(':')).replaceAll("\\?.*", ""));
            long before = storedEvents(eventStore);
            RawRequest.Answer answer = request.sendTo(service);
            String problem = storedEvents(eventStore) != before ? "stored an event" : problemIn(answer);
            if (problem != null) {
                wrong.add(request.what() + " -> " + answer.status() + " " + problem + ": "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
        }
        return requests.size();
    }

    /** What is wrong with the answer, or null: a 5xx, or an error that is not a whole problem+json. */
    private static String problemIn(RawRequest.Answer answer) {
        if (answer.status() == 0) {
            return "no answer";
        }
        if (answer.status() >= 500) {
            return "a server error";
        }
        if (answer.status() < 400) {
            return null;
        }
        String type = answer.headers().getOrDefault("content-type", "");
        if (!type.startsWith("application/problem+json")) {
            return "answered as " + type;
        }
        JsonNode problem = answer.json();
        if (problem == null || problem.path("status").asInt() != answer.status()
                || problem.path("title").asText().isBlank() || problem.path("type").asText().isBlank()) {
            return "a problem without its status, title or type";
        }
        if (answer.status() == 405 && !answer.headers().containsKey("allow")) {
            return "405 without Allow";
        }
        return null;
    }

    /** The role each operation needs (docs/http-api.md, "Signing in and who may do what"). */
    private static Users.User whoMay(String method, String path) {
        if (path.startsWith("/api/admin")) {
            return Users.OPERATOR;
        }
        if (path.endsWith("/signature")) {
            return Users.CHAIR;
        }
        if (path.endsWith("/verify") || path.endsWith("/export") || path.endsWith("/history")) {
            return Users.AUDITOR;
        }
        return Users.CLERK;
    }

    private static long storedEvents(Connection eventStore) throws SQLException {
        try (ResultSet count = eventStore.createStatement().executeQuery("SELECT count(*) FROM domainevententry")) {
            count.next();
            return count.getLong(1);
        }
    }
}
