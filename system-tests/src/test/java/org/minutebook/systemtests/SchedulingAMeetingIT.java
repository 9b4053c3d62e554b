package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.events.EventContract;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given the whole service running, when a clerk schedules a meeting over HTTP, then the event is stored in
 * PostgreSQL, published to Kafka as a CloudEvent keyed by the meeting, projected into MongoDB and served by the
 * query side.
 */
class SchedulingAMeetingIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("cfosc", "Children and Families Overview and Scrutiny Committee");
    }

    @Test
    void aScheduledMeetingIsStoredPublishedProjectedAndServed() throws Exception {
        String meetingId = "cfosc-" + UUID.randomUUID();

        Http.Response created = Http.post(minutebook.commandSide() + "/api/meetings", """
                {"meetingId": "%s", "committeeId": "cfosc",
                 "title": "Children and Families Overview and Scrutiny Committee",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall, Glenfield",
                 "contacts": [{"name": "Gemma Duckworth", "phone": "0116 3052583",
                               "email": "gemma.duckworth@leics.gov.uk"}]}
                """.formatted(meetingId));

        assertThat(created.status()).isEqualTo(201);
        String location = minutebook.querySide() + "/api/meetings/" + meetingId;
        assertThat(created.header("Location")).isEqualTo(location);
        assertThat(created.json().get("id").asText()).isEqualTo(meetingId);
        assertThat(created.json().get("version").asLong()).isZero();

        assertThat(storedEventTypes(meetingId)).containsExactly("minutebook.MeetingScheduled");

        ConsumerRecord<String, byte[]> published = MeetingEventsTopic.published(minutebook, meetingId, 0);
        assertThat(header(published, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(published, "ce_type")).isEqualTo("minutebook.MeetingScheduled");
        assertThat(header(published, "ce_subject")).isEqualTo(meetingId);
        assertThat(header(published, "ce_source")).isEqualTo(EventContract.CLOUD_EVENT_SOURCE);
        JsonNode data = JSON.readTree(published.value());
        assertThat(data.get("venue").asText()).isEqualTo("County Hall, Glenfield");

        // the meeting's row as the listings of meetings hold it: the fields it is searched by, and its JSON (the
        // rows' JSON of a register kept as one value beside them, gzipped when that is smaller)
        Document listing = await().atMost(Duration.ofSeconds(30)).until(
                () -> minutebook.readModels().getCollection("meeting_listings").find(eq("_id", meetingId)).first(),
                document -> document != null);
        Document listed = listing.getList("meetings", Document.class).get(0);
        assertThat(listed.getString("committeeId")).isEqualTo("cfosc");
        assertThat(listed.getString("status")).isEqualTo("SCHEDULED");
        JsonNode projected = JSON.readTree(firstRowsJson(
                listing.get("rowsJson", Document.class).get("meetings", Binary.class).getData()));
        assertThat(projected.get("title").asText()).isEqualTo("Children and Families Overview and Scrutiny Committee");
        assertThat(projected.get("venue").asText()).isEqualTo("County Hall, Glenfield");
        assertThat(projected.get("version").asLong()).isZero();
        assertThat(projected.get("contacts").get(0).get("email").asText()).isEqualTo("gemma.duckworth@leics.gov.uk");

        JsonNode served = Http.get(location).json();
        assertThat(served.get("title").asText()).isEqualTo("Children and Families Overview and Scrutiny Committee");
        assertThat(served.get("startsAt").asText()).isEqualTo("2021-11-02T14:00:00");
        assertThat(served.get("contacts").get(0).get("phone").asText()).isEqualTo("0116 3052583");
    }

    @Test
    void anInvalidRequestIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        String meetingId = "refused-" + UUID.randomUUID();

        Http.Response refused = Http.post(minutebook.commandSide() + "/api/meetings", """
                {"meetingId": "%s", "committeeId": "cfosc", "title": "", "startsAt": "2021-11-02T14:00",
                 "venue": "County Hall, Glenfield"}
                """.formatted(meetingId));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("title");
        assertThat(storedEventTypes(meetingId)).isEmpty();
    }

    private static List<String> storedEventTypes(String meetingId) throws Exception {
        try (Connection connection = minutebook.eventStore();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
            query.setString(1, meetingId);
            try (ResultSet rows = query.executeQuery()) {
                List<String> types = new java.util.ArrayList<>();
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
                return types;
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The first row's JSON of a listing's stored rows: each row's length, then its JSON, the whole maybe gzipped. */
    private static byte[] firstRowsJson(byte[] stored) throws IOException {
        boolean gzipped = stored.length > 2 && (stored[0] & 0xff) == 0x1f && (stored[1] & 0xff) == 0x8b;
        InputStream in = new ByteArrayInputStream(stored);
        try (DataInputStream rows = new DataInputStream(gzipped ? new GZIPInputStream(in) : in)) {
            return rows.readNBytes(rows.readInt());
        }
    }
}
