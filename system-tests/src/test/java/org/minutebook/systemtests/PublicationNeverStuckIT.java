package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.events.EventContract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker's administrators have set the meeting events topic to take records of at most 16 KB — smaller than
 * what the command side lets a clerk record. A clerk minutes a long debate, then records an apology: the minute's
 * record is refused by the broker for good. Publication must not stop: the minute is parked with the alarm raised,
 * the apology and every later fact are published once each, and an operator publishes the minute again once the
 * limit is raised. So too on the decisions topic, where what is published again is the decision as it was published
 * (describing itself), not the fact that recorded it.
 */
class PublicationNeverStuckIT {

    private static final int SMALL_LIMIT = 16 * 1024;
    private static Minutebook minutebook;
    private final String meetingId = "esb3-" + UUID.randomUUID();

    @BeforeAll
    static void start() throws Exception {
        // a system of its own: the minute published again reaches the topic after its meeting's later facts, so
        // the live read models hold it out of place until a rebuild, which other tests' comparisons must not meet
        minutebook = Minutebook.ownSystem();
        minutebook.registerCommittee("esb3", "Education and Children's Services Scrutiny Board (3)");
    }

    @AfterEach
    void theTopicsTakeWhatTheyTookBefore() throws Exception {
        limit(EventContract.MEETING_EVENTS_TOPIC, null);
        limit(EventContract.DECISIONS_TOPIC, null);
    }

    @AfterAll
    static void stop() {
        minutebook.close();
    }

    @Test
    void aRecordTheBrokerRefusesIsParkedWithTheAlarmAndPublicationGoesOnSendingEachFactOnce() throws Exception {
        limit(EventContract.MEETING_EVENTS_TOPIC, SMALL_LIMIT);
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "esb3", "title": "Education and Children's Services Scrutiny Board",
                 "startsAt": "2018-06-21T14:00"}""".formatted(meetingId));
        record(meeting("/agenda/items"), """
                {"itemId": "item-4", "number": "4", "title": "Progress Towards an Outstanding Fostering Service"}""");
        record(meeting("/opening"), """
                {"openedAt": "2018-06-21T14:00", "chair": {"id": "chair-esb3", "name": "Councillor Smith"}}""");
        String paragraph = "The Board discussed the report at length. ".repeat(60);
        StringBuilder blocks = new StringBuilder();
        for (int block = 0; block < 12; block++) {
            blocks.append(block == 0 ? "" : ", ").append("{\"kind\": \"PARAGRAPH\", \"text\": \"").append(paragraph)
                    .append("\"}");
        }
        record(meeting("/items/item-4/minute"), "{\"blocks\": [" + blocks + "]}");
        record(meeting("/attendance/apologies"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");
        record(meeting("/attendance/members"), """
                {"member": {"id": "hunt", "name": "Councillor Hunt"}}""");

        List<Long> published = await().atMost(Duration.ofSeconds(60)).until(() -> sequenceNumbersOnTheTopic(5),
                numbers -> numbers.contains(5L));
        assertThat(published).as("every fact but the minute, each once").containsExactly(0L, 1L, 2L, 4L, 5L);

        JsonNode health = Http.getAs(Users.OPERATOR, minutebook.commandSide() + "/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("DEAD_LETTERS");
        assertThat(health.get("components").get("publication").get("details").get("parked").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(Http.get(minutebook.commandSide() + "/actuator/health").status()).as("still in service")
                .isEqualTo(200);
        assertThat(Http.getAs(Users.OPERATOR, minutebook.commandSide()
                + "/actuator/metrics/minutebook.publication.dead_letters").json().get("measurements").get(0)
                .get("value").asDouble()).isGreaterThanOrEqualTo(1);
        JsonNode parked = parkedMinute();
        assertThat(parked.get("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(parked.get("eventType").asText()).endsWith("ItemMinuted");
        assertThat(parked.get("cause").asText()).contains("RecordTooLarge");

        limit(EventContract.MEETING_EVENTS_TOPIC, null);
        Http.Response retried = Http.postAs(Users.OPERATOR, minutebook.commandSide() + "/api/admin/dead-letters/"
                + EventContract.MEETING_EVENTS_TOPIC + "/" + parked.get("eventId").asText() + "/retry", "");

        assertThat(retried.status()).as(retried.raw().body()).isEqualTo(200);
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> sequenceNumbersOnTheTopic(6),
                numbers -> numbers.contains(3L))).containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(parkedMinuteIfAny()).isNull();
    }

    @Test
    void aDecisionTheBrokerRefusesIsParkedAndPublishedAgainAsTheDecisionItWasNotTheBareFact() throws Exception {
        limit(EventContract.DECISIONS_TOPIC, SMALL_LIMIT);
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "esb3", "title": "Education and Children's Services Scrutiny Board",
                 "startsAt": "2018-06-21T14:00"}""".formatted(meetingId));
        record(meeting("/agenda/items"), """
                {"itemId": "item-5", "number": "5", "title": "The Fostering Service Annual Report"}""");
        record(meeting("/opening"), """
                {"openedAt": "2018-06-21T14:00", "chair": {"id": "chair-esb3", "name": "Councillor Smith"}}""");
        record(meeting("/items/item-5/resolutions"), """
                {"resolutionId": "res-5", "form": "RESOLVED", "parts": [{"text": "That the report be noted, %s."}]}"""
                .formatted("having regard to the annual report of the fostering service ".repeat(300)));

        JsonNode parked = await().atMost(Duration.ofSeconds(60)).until(() -> parkedIfAny(
                EventContract.DECISIONS_TOPIC), letter -> letter != null);
        assertThat(parked.get("eventType").asText()).endsWith("PublishedDecision");
        limit(EventContract.DECISIONS_TOPIC, null);
        Http.Response retried = Http.postAs(Users.OPERATOR, minutebook.commandSide() + "/api/admin/dead-letters/"
                + EventContract.DECISIONS_TOPIC + "/" + parked.get("eventId").asText() + "/retry", "");

        assertThat(retried.status()).as(retried.raw().body()).isEqualTo(200);
        ConsumerRecord<String, byte[]> decision = minutebook.decisionsOf(meetingId, 1).get(0);
        assertThat(new String(decision.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("minutebook.PublishedDecision");
        assertThat(new String(decision.value(), StandardCharsets.UTF_8))
                .contains("\"council\":\"Test Council\"", "\"title\":\"The Fostering Service Annual Report\"");
        assertThat(parkedIfAny(EventContract.DECISIONS_TOPIC)).isNull();
    }

    private JsonNode parkedMinute() throws Exception {
        JsonNode minute = parkedMinuteIfAny();
        assertThat(minute).as("the minute is parked").isNotNull();
        return minute;
    }

    private JsonNode parkedMinuteIfAny() throws Exception {
        return parkedIfAny(EventContract.MEETING_EVENTS_TOPIC);
    }

    /** What publication parked of this meeting for the topic, or null. */
    private JsonNode parkedIfAny(String topic) throws Exception {
        for (JsonNode letter : Http.getAs(Users.OPERATOR, minutebook.commandSide() + "/api/admin/dead-letters")
                .json()) {
            if (meetingId.equals(letter.get("recordId").asText()) && topic.equals(letter.get("topic").asText())) {
                return letter;
            }
        }
        return null;
    }

    /** The sequence numbers of the meeting's records on the topic, in the order published. */
    private List<Long> sequenceNumbersOnTheTopic(int expected) {
        return minutebook.sequenceNumbersOnTheTopic(meetingId, expected, Duration.ofSeconds(45));
    }

    /** The topic's own limit of a record's size, as its administrators set it; null: the broker's default. */
    private static void limit(String topic, Integer bytes) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                minutebook.kafkaBootstrapServers()))) {
            ConfigEntry limit = new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(bytes));
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(limit,
                    bytes == null ? AlterConfigOp.OpType.DELETE : AlterConfigOp.OpType.SET)))).all().get();
        }
    }

    private String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static void record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
    }
}
