package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A QuestionAsked of version 1 ({@code rule}), stored and published under contract 1 (named by its Java class)
 * before version 2 renamed the field {@code standingOrder}, is still read by both sides, under its public name, through the upcasters of module event-upcasters: the query
 * side reads it from the topic, the command side from its event store (its history, and the rules of the next
 * command).
 */
class ReleasedEventVersionsIT {

    private static final String CONTRACT_1_NAME = "org.minutebook.events.business.QuestionAsked";
    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("cfosc-versions", "Children and Families Overview and Scrutiny Committee");
    }

    @Test
    void aQuestionAskedOfVersion1OfContract1IsReadAsTheCurrentVersionOnBothSides() throws Exception {
        String meetingId = "versions-" + UUID.randomUUID();
        post("/api/meetings", """
                {"meetingId": "%s", "committeeId": "cfosc-versions", "title": "Children and Families Committee",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall, Glenfield"}
                """.formatted(meetingId), 201);
        post("/api/meetings/" + meetingId + "/agenda/items", """
                {"itemId": "item-29", "number": "29", "title": "Question Time."}
                """, 201);
        post("/api/meetings/" + meetingId + "/opening", """
                {"openedAt": "2021-11-02T14:00", "chair": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}
                """, 200);
        long sequence = 3;
        byte[] version1 = """
                {"meetingId":"%s","itemId":"item-29","questionId":"q-whiting","kind":"PUBLIC",\
                "askedBy":{"id":null,"name":"Mrs Sue Whiting"},"askedOf":"the Chairman","text":"Could the Chair \
                please explain how Panels are appointed?","rule":"Standing Order 34","atChairsDiscretion":false}\
                """.formatted(meetingId).getBytes(StandardCharsets.UTF_8);

        // as the command side published it before version 2: the query side reads it from the topic
        String eventId = MeetingEventsTopic.plant(minutebook, meetingId, sequence - 1, sequence, version1,
                Map.of("ce_type", CONTRACT_1_NAME, "ce_axonmessagerevision", "1"));
        JsonNode question = await().atMost(Duration.ofSeconds(60)).until(
                () -> projectedQuestion(meetingId, sequence), Optional::isPresent).orElseThrow();
        assertThat(question.get("standingOrder").asText()).isEqualTo("Standing Order 34");
        assertThat(question.has("rule")).isFalse();

        // as the command side stored it before version 2: its history and its rules read it
        storeAsVersion1(meetingId, sequence, eventId, version1);
        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + meetingId + "/history").json();
        JsonNode asked = history.get((int) sequence);
        assertThat(asked.get("type").asText()).isEqualTo("minutebook.QuestionAsked");
        assertThat(asked.get("schemaVersion").asInt()).isEqualTo(3);
        assertThat(asked.get("data").get("standingOrder").asText()).isEqualTo("Standing Order 34");
        assertThat(asked.get("data").has("rule")).isFalse();
        post("/api/meetings/" + meetingId + "/questions/q-whiting/answer", """
                {"answeredBy": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}, "text": "Panels are multi-agency."}
                """, 201);
        JsonNode answered = await().atMost(Duration.ofSeconds(60)).until(
                () -> projectedQuestion(meetingId, sequence + 1), Optional::isPresent).orElseThrow();
        assertThat(answered.get("standingOrder").asText()).isEqualTo("Standing Order 34");
        assertThat(answered.get("answer").get("text").asText()).isEqualTo("Panels are multi-agency.");
    }

    /** The question as the query side's questions read model holds it once it reached the version. */
    private static Optional<JsonNode> projectedQuestion(String meetingId, long version) throws Exception {
        Http.Response read = Http.get(minutebook.querySide() + "/api/meetings/" + meetingId + "/questions?minVersion="
                + version);
        return read.status() == 200 && read.json().size() == 1 ? Optional.of(read.json().get(0)) : Optional.empty();
    }

    /** A row as the command side's event store held version 1: the meeting's last row's metadata, this event's. */
    private static void storeAsVersion1(String meetingId, long sequence, String eventId, byte[] data)
            throws Exception {
        try (Connection eventStore = minutebook.eventStore()) {
            String type;
            byte[] metadata;
            try (PreparedStatement previous = eventStore.prepareStatement("SELECT type, metadata FROM "
                    + "domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")) {
                previous.setString(1, meetingId);
                previous.setLong(2, sequence - 1);
                try (ResultSet row = previous.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    type = row.getString(1);
                    metadata = row.getBytes(2);
                }
            }
            try (PreparedStatement insert = eventStore.prepareStatement("INSERT INTO domainevententry "
                    + "(aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                    + "payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, ?, ?, ?, '1', ?, ?)")) {
                insert.setString(1, meetingId);
                insert.setLong(2, sequence);
                insert.setString(3, type);
                insert.setString(4, eventId);
                insert.setBytes(5, metadata);
                insert.setBytes(6, data);
                insert.setString(7, CONTRACT_1_NAME);
                insert.setString(8, Instant.now().toString());
                insert.executeUpdate();
            }
        }
    }

    private static void post(String path, String body, int expectedStatus) throws Exception {
        Http.Response response = Http.post(minutebook.commandSide() + path, body);
        assertThat(response.status()).as("POST " + path + ": " + response.raw().body()).isEqualTo(expectedStatus);
    }
}
