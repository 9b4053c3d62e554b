package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A correction is the record: Councillor Cole's apology struck out lets him be recorded present; a resolution
 * corrected reads corrected in the decision register and reaches governance systems on the decisions topic; a
 * malformed correction is refused naming the field and stores nothing; and the minutes as a later meeting
 * confirmed them still read as they were confirmed. In this order: once confirmed, a correction names its meeting.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectingTheRecordIT {

    private static final String COMMITTEE = "corrections-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String MEETING = COMMITTEE + "-2020-09-29";
    private static final String LATER = COMMITTEE + "-2020-11-12";
    private static Minutebook minutebook;

    @BeforeAll
    static void aMeetingMinutedThenCorrected() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Children, Young People and Schools Scrutiny Commission");
        for (String[] meeting : new String[][]{{MEETING, "2020-09-29T17:30"}, {LATER, "2020-11-12T17:30"}}) {
            record("/api/meetings", """
                    {"meetingId": "%s", "committeeId": "%s", "title": "Children, Young People and Schools Scrutiny \
                    Commission", "startsAt": "%s", "venue": "Microsoft Teams Meeting"}"""
                    .formatted(meeting[0], COMMITTEE, meeting[1]));
            record("/api/meetings/" + meeting[0] + "/agenda/items", """
                    {"itemId": "item-1", "title": "Minutes of the previous meeting"}""");
            record("/api/meetings/" + meeting[0] + "/opening", """
                    {"chair": {"role": "The Chair"}}""");
        }
        record(meeting("/attendance/apologies"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");
        record(meeting("/items/item-1/resolutions"), """
                {"resolutionId": "res-1", "form": "AGREED", "parts": [{"text": "That the update be noted."}]}""");
    }

    @Test
    @Order(1)
    void aStruckOutApologyNoLongerStandsInTheWayOfRecordingTheMemberPresent() throws Exception {
        assertThat(post(meeting("/attendance/members"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""").status()).isEqualTo(409);
        record(meeting("/corrections"), """
                {"correctsSequenceNumber": 3, "replacement": null, "reason": "Councillor Cole attended after all",
                 "correctedBy": {"role": "Democratic Support Officer"}}""");

        record(meeting("/attendance/members"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");

        JsonNode attendance = await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(minutebook.querySide() + meeting("/attendance")).json(),
                read -> read.get("present").size() == 1);
        assertThat(attendance.get("apologies")).isEmpty();
        assertThat(attendance.get("present").get(0).get("person").get("name").asText()).isEqualTo("Councillor Cole");
    }

    @Test
    @Order(2)
    void aCorrectedResolutionReadsCorrectedAndIsPublishedToGovernanceSystems() throws Exception {
        record(meeting("/corrections"), """
                {"correctsSequenceNumber": 4, "reason": "The decision was to note the report",
                 "correctedBy": {"role": "Democratic Support Officer"},
                 "replacement": {"parts": [{"text": "That the report be noted."}]}}""");

        JsonNode decisions = await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(minutebook.querySide() + meeting("/decisions")).json(),
                read -> read.toString().contains("That the report be noted."));
        assertThat(decisions.toString()).doesNotContain("That the update be noted.");
        List<ConsumerRecord<String, byte[]>> published = minutebook.decisionsOf(MEETING, 2);
        assertThat(published).extracting(CorrectingTheRecordIT::type)
                .containsExactly("minutebook.PublishedDecision", "minutebook.PublishedDecision");
        assertThat(new String(published.get(1).value(), StandardCharsets.UTF_8))
                .contains("\"status\":\"CORRECTED\"", "That the report be noted.")
                .contains("\"decisionId\":\"" + MEETING + ":4\"");
    }

    @Test
    @Order(3)
    void aMalformedCorrectionIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        int before = history().size();

        Http.Response refused = post(meeting("/corrections"), """
                {"correctsSequenceNumber": 4, "reason": "A typing error", "correctedBy": {"name": "A clerk"},
                 "replacement": {"member": "x"}}""");
        Http.Response mistyped = post(meeting("/corrections"), """
                {"correctsSequenceNumber": 4, "reason": "A typing error", "correctedBy": {"name": "A clerk"},
                 "replacement": {"parts": "That the report be noted."}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.raw().body()).contains("replacement.member");
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.raw().body()).contains("replacement.parts");
        assertThat(history().size()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void theMinutesAsConfirmedKeepTheWordsConfirmedWhileACorrectionNotedLaterIsTheRecord() throws Exception {
        record(meeting("/closing"), "{}");
        record("/api/meetings/" + LATER + "/previous-minutes", """
                {"itemId": "item-1", "confirmedMeetingId": "%s", "confirmedMeetingDate": "2020-09-29"}"""
                .formatted(MEETING));
        await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(minutebook.querySide() + meeting("/minutes")).json().path("minutesStage").asText(),
                "CONFIRMED"::equals);
        Http.Response unnamed = post(meeting("/corrections"), """
                {"correctsSequenceNumber": 1, "reason": "The item's title", "correctedBy": {"name": "A clerk"},
                 "replacement": {"title": "Minutes of the previous meeting (25 June 2020)"}}""");
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.raw().body()).contains("correction-must-name-meeting");
        record(meeting("/corrections"), """
                {"correctsSequenceNumber": 1, "reason": "The item's title", "correctedBy": {"name": "A clerk"},
                 "notedAtMeetingId": "%s",
                 "replacement": {"title": "Minutes of the previous meeting (25 June 2020)"}}""".formatted(LATER));

        JsonNode current = await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(minutebook.querySide() + meeting("/minutes")).json(),
                read -> read.toString().contains("(25 June 2020)"));
        JsonNode confirmed = Http.get(minutebook.querySide() + meeting("/minutes?asConfirmed=true")).json();
        assertThat(current.get("items").get(0).get("title").asText())
                .isEqualTo("Minutes of the previous meeting (25 June 2020)");
        assertThat(confirmed.get("items").get(0).get("title").asText()).isEqualTo("Minutes of the previous meeting");
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode history() throws Exception {
        return Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json();
    }

    private static String meeting(String path) {
        return "/api/meetings/" + MEETING + path;
    }

    private static Http.Response post(String path, String json) throws Exception {
        return Http.post(minutebook.commandSide() + path, json);
    }

    private static void record(String path, String json) throws Exception {
        Http.Response answer = post(path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
    }
}
