package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting of its own for one test, recorded by a clerk through the command side and awaited on the query side. */
final class AMeeting {

    private AMeeting() {
    }

    /** Scheduled and opened (events 0 and 1), projected. */
    static String opened(Minutebook minutebook, String committeeId) throws Exception {
        String meetingId = committeeId + "-" + UUID.randomUUID();
        record(minutebook, "/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Children and Families Committee",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall, Glenfield"}
                """.formatted(meetingId, committeeId));
        record(minutebook, "/api/meetings/" + meetingId + "/opening", """
                {"openedAt": "2021-11-02T14:00", "chair": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}
                """);
        minutebook.awaitProjected(meetingId, 1);
        return meetingId;
    }

    /** Scheduled, opened and with Councillor Cole's apology (event 2), projected. */
    static String openedWithAnApology(Minutebook minutebook, String committeeId) throws Exception {
        String meetingId = opened(minutebook, committeeId);
        recordApology(minutebook, meetingId);
        minutebook.awaitProjected(meetingId, 2);
        return meetingId;
    }

    static void recordApology(Minutebook minutebook, String meetingId) throws Exception {
        record(minutebook, "/api/meetings/" + meetingId + "/attendance/apologies", """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");
    }

    /** The meeting's events parked as dead letters, in order (the first is the one that failed). */
    static List<JsonNode> parked(Minutebook minutebook, String meetingId) throws Exception {
        List<JsonNode> parked = new ArrayList<>();
        Http.getAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/dead-letters").json().forEach(letter -> {
            if (meetingId.equals(letter.get("recordId").asText())) {
                parked.add(letter);
            }
        });
        return parked;
    }

    private static void record(Minutebook minutebook, String path, String body) throws Exception {
        Http.Response response = Http.post(minutebook.commandSide() + path, body);
        assertThat(response.status()).as("POST " + path + ": " + response.raw().body()).isBetween(200, 201);
    }
}
