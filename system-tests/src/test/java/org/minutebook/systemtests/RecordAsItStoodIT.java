package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given a decision minuted wrongly and corrected later, audit teams read the minutes and the decision register as
 * they stood before the correction and after it, and export the whole history as JSON Lines.
 */
class RecordAsItStoodIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMITTEE = "cyp-" + UUID.randomUUID().toString().substring(0, 8);
    private static Minutebook minutebook;
    private static String meetingId;
    private static Instant correctedAt;

    @BeforeAll
    static void aDecisionMinutedWronglyThenCorrected() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Children, Young People and Education Scrutiny Commission");
        meetingId = COMMITTEE + "-2025-02-25";
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Children, Young People and Education Scrutiny Commission",
                 "startsAt": "2025-02-25T17:30", "venue": "Meeting Room G.01, Ground Floor, City Hall"}"""
                .formatted(meetingId, COMMITTEE));
        record(meeting("/agenda/items"), """
                {"itemId": "item-130", "number": "130", "title": "Local Authority Designated Officers (LADO) Annual Report 2023-24"}""");
        record(meeting("/opening"), """
                {"openedAt": "2025-02-25T17:30", "chair": {"id": "moore", "name": "Councillor Dr Moore"}}""");
        record(meeting("/items/item-130/resolutions"), """
                {"resolutionId": "res-130", "form": "AGREED", "parts": [
                  {"label": "1)", "text": "That report be noted."},
                  {"label": "2)", "text": "That the next due report be presented at Scrutiny."}]}""");
        record(meeting("/closing"), """
                {"closedAt": "2025-02-25T20:20"}""");
        record(meeting("/corrections"), """
                {"correctsSequenceNumber": 3, "reason": "The first part was minuted without its article",
                 "correctedBy": {"id": "ed-brown", "name": "Ed Brown, Senior Governance Officer"},
                 "replacement": {"parts": [
                   {"label": "1)", "text": "That the report be noted."},
                   {"label": "2)", "text": "That the next due report be presented at Scrutiny."}]}}""");
        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json();
        correctedAt = Instant.parse(history.get(history.size() - 1).get("recordedAt").asText());
        minutebook.awaitProjected(meetingId, 5);
    }

    @Test
    void theMinutesAsTheyStoodBeforeTheCorrectionKeepTheOriginalWords() throws Exception {
        JsonNode before = minutes("?asOf=" + correctedAt.minusMillis(1));
        JsonNode after = minutes("?asOf=" + correctedAt);

        assertThat(firstPart(before)).isEqualTo("That report be noted.");
        assertThat(before.get("corrections")).isEmpty();
        assertThat(firstPart(after)).isEqualTo("That the report be noted.");
        assertThat(after.get("corrections").get(0).get("correctedBy").get("name").asText())
                .isEqualTo("Ed Brown, Senior Governance Officer");
        assertThat(firstPart(minutes(""))).isEqualTo("That the report be noted.");
    }

    @Test
    void theMinutesBeforeTheMeetingWasRecordedAreNotFound() throws Exception {
        assertThat(Http.get(minutebook.querySide() + meeting("/minutes?asOf=2020-01-01T00:00:00Z")).status())
                .isEqualTo(404);
    }

    @Test
    void theDecisionRegisterAsItStoodShowsTheDecisionBeforeAndAfterItsCorrection() throws Exception {
        JsonNode before = Http.get(minutebook.querySide() + "/api/decisions?committeeId=" + COMMITTEE + "&asOf="
                + correctedAt.minusMillis(1)).json();
        JsonNode after = Http.get(minutebook.querySide() + "/api/decisions?committeeId=" + COMMITTEE + "&asOf="
                + correctedAt).json();

        assertThat(before.get("items").get(0).get("parts").get(0).get("text").asText()).isEqualTo("That report be noted.");
        assertThat(before.get("items").get(0).get("corrected").asBoolean()).isFalse();
        assertThat(after.get("items").get(0).get("parts").get(0).get("text").asText())
                .isEqualTo("That the report be noted.");
        assertThat(after.get("items").get(0).get("corrected").asBoolean()).isTrue();
    }

    @Test
    void aCommitteesHistoryExportsAsJsonLinesCommitteeFirstThenItsMeetings() throws Exception {
        Http.Response export = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/committees/" + COMMITTEE + "/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/x-ndjson");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.raw().body().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(1 + 6);
        assertThat(lines.get(0).get("recordId").asText()).isEqualTo(COMMITTEE);
        assertThat(lines.get(0).get("event").get("type").asText()).endsWith("CommitteeRegistered");
        assertThat(lines.subList(1, 7)).allMatch(line -> line.get("recordId").asText().equals(meetingId));
        assertThat(lines.get(6).get("event").get("type").asText()).endsWith("FactCorrected");
        assertThat(Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/export")).raw().body().split("\n")).hasSize(6);
    }

    private static String firstPart(JsonNode minutes) {
        return minutes.get("items").get(0).get("business").get(0).get("parts").get(0).get("text").asText();
    }

    private static JsonNode minutes(String query) throws Exception {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> Http.get(minutebook.querySide() + meeting("/minutes" + query)),
                answer -> answer.status() == 200).json();
    }

    private static String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static void record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
    }
}
