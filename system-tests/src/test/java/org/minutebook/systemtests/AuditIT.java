package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What audit teams and governance systems rely on: who recorded each fact and why, and a decisions feed that
 * carries decisions only, never those on exempt items. (A history whose tampering is evident: TamperEvidenceIT.)
 */
class AuditIT {

    private static Minutebook minutebook;
    private String meetingId;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee("esb2", "Education and Children's Services Scrutiny Board (2)");
    }

    @BeforeEach
    void aMeetingWithAPublicAndAnExemptItem() throws Exception {
        meetingId = "esb2-" + UUID.randomUUID();
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "esb2", "title": "Education and Children's Services Scrutiny Board (2)",
                 "startsAt": "2018-06-21T14:00", "venue": "Committee Room 3 - Council House"}""".formatted(meetingId));
        record(meeting("/agenda/items"), """
                {"itemId": "item-4", "number": "4", "title": "Progress Towards an Outstanding Fostering Service"}""");
        record(meeting("/agenda/items"), """
                {"itemId": "item-9", "number": "9", "title": "Foster carer allowances: individual cases",
                 "exemption": {"schedule12AParagraph": "1", "reason": "Information relating to an individual"}}""");
        record(meeting("/agenda/items"), """
                {"itemId": "item-5", "number": "5", "title": "Regional Adoption Agency Progress"}""");
        record(meeting("/opening"), """
                {"openedAt": "2018-06-21T14:00", "chair": {"id": "chair-esb2", "name": "Councillor Smith"}}""");
    }

    @Test
    void theHistoryNamesTheSignedInClerkWhoRecordedEachFactNotAForgedHeader() throws Exception {
        Http.post(minutebook.commandSide() + meeting("/attendance/apologies"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""",
                "X-Recorded-By", "jason.tyler", "X-Request-Id", "req-42");

        JsonNode apology = history().get(5);
        assertThat(apology.get("type").asText()).endsWith("ApologyRecorded");
        assertThat(apology.get("recordedBy").asText()).isEqualTo(Users.CLERK.name());
        assertThat(apology.get("recordedByName").asText()).isEqualTo(Users.CLERK.name());
        assertThat(apology.get("requestId").asText()).isEqualTo("req-42");
        assertThat(apology.get("causationId").asText()).isNotBlank();
        assertThat(apology.get("correlationId").asText()).isNotBlank();
        assertThat(apology.get("recordedAt").asText()).isNotBlank();
    }

    @Test
    void theDecisionsFeedCarriesDecisionsOnlyAndNeverOnExemptItems() throws Exception {
        record(meeting("/items/item-4/resolutions"), """
                {"resolutionId": "res-4", "form": "RESOLVED", "parts": [
                  {"label": "(a)", "text": "To note progress made against the recommendations agreed by the Board in March 2015."}]}""");
        record(meeting("/items/item-9/resolutions"), """
                {"resolutionId": "res-9", "form": "RESOLVED", "parts": [{"text": "That the allowance be paid."}]}""");
        record(meeting("/attendance/apologies"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");
        record(meeting("/items/item-5/deferral"), """
                {"reason": "The report was not ready"}""");

        List<ConsumerRecord<String, byte[]>> decisions = minutebook.decisionsOf(meetingId, 2);

        assertThat(decisions).extracting(record -> header(record, "ce_type")).containsOnly(
                "minutebook.PublishedDecision");
        assertThat(decisions).extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .satisfiesExactly(
                        resolution -> assertThat(resolution).contains("\"kind\":\"RESOLUTION\"", "res-4")
                                .doesNotContain("res-9"),
                        deferral -> assertThat(deferral).contains("\"kind\":\"DEFERRAL\"",
                                "The report was not ready"));
        assertThat(decisions).extracting(ConsumerRecord::key).containsOnly(meetingId);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private JsonNode history() throws Exception {
        return Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json();
    }

    private String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static void record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
    }
}
