package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.events.EventContract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What Test Council publishes between meetings, over HTTP, Kafka and the public pages: its Housing Scrutiny
 * Commission's report and the executive's response, overdue the day after two months, a response corrected, the
 * report's receipt corrected (its response due moves); a key decision followed from the forward plan through its
 * notice, its decision notice, a call-in upheld and its reconsideration, every step on {@code minutebook.decisions};
 * an officer's delegated decision in the decision register and its Atom feed beside committees' decisions, its
 * exempt part withheld from the public; another corrected, published again as corrected and read as it stood before
 * the correction; and a decision notice corrected, its call-in deadline moved.
 */
class TheRecordBetweenMeetingsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRUTINY = "housing-scrutiny-commission";
    private static Minutebook minutebook;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(SCRUTINY, "Housing Scrutiny Commission");
    }

    @Test
    void aRecommendationWithNoResponseIsOverdueTheDayAfterTwoMonths() throws Exception {
        String report = "temporary-accommodation-" + UUID.randomUUID();
        record("/api/scrutiny-reports", """
                {"reportId": "%s", "committeeId": "%s", "title": "Temporary accommodation review",
                 "receivedOn": "2026-10-31", "respondent": "Cabinet", "recommendations": [
                   {"recommendationId": "r1", "number": "1", "text": "Publish the numbers monthly."},
                   {"recommendationId": "r2", "number": "2", "text": "End bed and breakfast for families."}]}"""
                .formatted(report, SCRUTINY));
        record("/api/scrutiny-reports/" + report + "/recommendations/r1/response", """
                {"response": "PARTLY_ACCEPTED", "reasons": "Quarterly, not monthly.", "respondedOn": "2026-12-20"}""");
        Http.Response unknown = Http.post(minutebook.commandSide() + "/api/scrutiny-reports/" + report
                + "/recommendations/r9/response", """
                {"response": "REJECTED", "respondedOn": "2026-12-20"}""");
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().get("rule").asText()).isEqualTo("no-such-recommendation");

        String tracker = minutebook.querySide() + "/api/committees/" + SCRUTINY + "/recommendations";
        await().atMost(Duration.ofSeconds(60)).until(() -> responded(Http.ok(tracker + "?on=2026-12-31"), report));
        JsonNode dueDay = rowsOf(Http.ok(tracker + "?on=2026-12-31"), report);
        JsonNode dayAfter = rowsOf(Http.ok(tracker + "?on=2027-01-01"), report);

        // received 31 October: due two months on, 31 December; overdue from 1 January
        assertThat(dueDay.get(1).get("responseDue").asText()).isEqualTo("2026-12-31");
        assertThat(dueDay.get(1).get("status").asText()).isEqualTo("AWAITING_RESPONSE");
        assertThat(dueDay.get(1).get("overdue").asBoolean()).isFalse();
        assertThat(dayAfter.get(1).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(dayAfter.get(1).get("overdue").asBoolean()).isTrue();
        assertThat(dayAfter.get(0).get("status").asText()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(dayAfter.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(Http.get(minutebook.querySide() + "/committees/" + SCRUTINY + "/recommendations?on=2027-01-01")
                .raw().body()).contains("End bed and breakfast for families.", "Overdue", "Quarterly, not monthly.");

        // the response was Cabinet's acceptance in full, recorded wrongly: corrected, and read as it stood before
        Instant beforeTheCorrection = Instant.now();
        Thread.sleep(20);
        record("/api/scrutiny-reports/" + report + "/recommendations/r1/response/corrections", """
                {"response": "ACCEPTED", "reasons": "Monthly from April.", "respondedOn": "2026-12-20",
                 "reason": "As the Cabinet's minutes read", "correctedBy": {"name": "Anita Clarke"}}""");
        String at = minutebook.querySide() + "/api/scrutiny-reports/" + report;
        await().atMost(Duration.ofSeconds(60)).until(() -> "ACCEPTED".equals(Http.ok(at).get("recommendations")
                .get(0).path("response").asText()));
        assertThat(Http.ok(at).get("recommendations").get(0).get("corrected").get("reason").asText())
                .isEqualTo("As the Cabinet's minutes read");
        assertThat(Http.ok(at + "?asOf=" + beforeTheCorrection).get("recommendations").get(0).get("response")
                .asText()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(rowsOf(Http.ok(tracker + "?on=2027-01-01"), report).get(0).get("status").asText())
                .isEqualTo("ACCEPTED");

        // the report reached the Cabinet on 20 October, not the 31st: its response fell due on 20 December
        Instant beforeTheReportsCorrection = Instant.now();
        Thread.sleep(20);
        record("/api/scrutiny-reports/" + report + "/corrections", """
                {"corrected": {"reportId": "%s", "committeeId": "%s", "title": "Temporary accommodation review",
                 "receivedOn": "2026-10-20", "respondent": "Cabinet", "recommendations": [
                   {"recommendationId": "r1", "number": "1", "text": "Publish the numbers monthly."},
                   {"recommendationId": "r2", "number": "2", "text": "End bed and breakfast for families."}]},
                 "reason": "The Cabinet's agenda of 20 October lists it", "correctedBy": {"name": "Anita Clarke"}}"""
                .formatted(report, SCRUTINY));
        await().atMost(Duration.ofSeconds(60)).until(() -> "2026-12-20".equals(Http.ok(at).path("responseDue")
                .asText()));
        assertThat(Http.ok(at).get("corrections").get(0).get("before").get("receivedOn").asText())
                .isEqualTo("2026-10-31");
        JsonNode asItStood = Http.ok(at + "?asOf=" + beforeTheReportsCorrection);
        assertThat(asItStood.get("receivedOn").asText()).isEqualTo("2026-10-31");
        assertThat(asItStood.get("responseDue").asText()).isEqualTo("2026-12-31");
        assertThat(asItStood.get("corrections")).isEmpty();
        assertThat(rowsOf(Http.ok(tracker + "?on=2026-12-21"), report).get(1).get("status").asText())
                .isEqualTo("OVERDUE");
    }

    @Test
    void aKeyDecisionFromTheForwardPlanToItsImplementationIsOnTheDecisionsTopic() throws Exception {
        String decision = "highways-contract-" + UUID.randomUUID();
        String at = "/api/executive-decisions/" + decision;
        record("/api/forward-plan", """
                {"decisionId": "%s", "council": "Test Council", "title": "Award of the highways maintenance contract",
                 "decisionMaker": "Cabinet Member for Highways", "plannedFor": "2027-01-25"}""".formatted(decision));
        Http.Response late = Http.post(minutebook.commandSide() + at + "/notices", """
                {"kind": "FORWARD_PLAN", "publishedOn": "2027-01-05"}""");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("rule").asText()).isEqualTo("notice-too-late");
        record(at + "/notices", """
                {"kind": "FORWARD_PLAN", "publishedOn": "2026-12-01"}""");
        Http.Response committeesId = Http.post(minutebook.commandSide() + "/api/forward-plan", """
                {"decisionId": "%s", "council": "Test Council", "title": "A decision under a committee's id"}"""
                .formatted(SCRUTINY));
        assertThat(committeesId.status()).isEqualTo(409);
        assertThat(committeesId.json().get("rule").asText()).isEqualTo("id-of-another-record");
        record("/api/executive-decisions", """
                {"decisionId": "%s", "makerKind": "EXECUTIVE_MEMBER",
                 "maker": {"name": "Cllr Ann Smith", "role": "Cabinet Member for Highways"}, "takenOn": "2027-01-25",
                 "decision": "To award the contract to Tarmac Ltd for five years.",
                 "reasons": "The most economically advantageous tender.",
                 "alternativesRejected": "Bringing the work in house: rejected on cost."}""".formatted(decision));
        record(at + "/decision-notice", """
                {"publishedOn": "2027-01-26"}""");
        record(at + "/call-in", """
                {"requestedOn": "2027-01-29", "requestedBy": [{"name": "Cllr Porter"}, {"name": "Cllr Joel"}],
                 "reasons": "The tender evaluation was not published."}""");
        record(at + "/call-in/consideration", """
                {"consideredOn": "2027-02-04", "committeeId": "%s", "outcome": "REFERRED_BACK",
                 "reasons": "Publish the evaluation first."}""".formatted(SCRUTINY));
        record(at + "/reconsideration", """
                {"reconsideredOn": "2027-02-10", "outcome": "CONFIRMED", "reasons": "The evaluation is published."}""");

        List<ConsumerRecord<String, byte[]>> published = minutebook.decisionsOf(decision, 7);

        List<JsonNode> steps = published.stream().map(TheRecordBetweenMeetingsIT::data).toList();
        assertThat(steps).extracting(step -> step.get("kind").asText()).containsExactly("KEY_DECISION_PLANNED",
                "KEY_DECISION_NOTICE", "DECISION_OUTSIDE_MEETING", "DECISION_NOTICE", "CALL_IN",
                "CALL_IN_CONSIDERED", "DECISION_RECONSIDERED");
        assertThat(steps).extracting(step -> step.get("decisionId").asText()).containsOnly(decision);
        JsonNode noticed = steps.get(3).get("outsideMeeting");
        // five working days after Tuesday 26 January: Tuesday 2 February; implementable the next working day
        assertThat(noticed.get("decisionNotice").get("callInDeadline").asText()).isEqualTo("2027-02-02");
        assertThat(noticed.get("implementableFrom").asText()).isEqualTo("2027-02-03");
        assertThat(steps.get(4).get("outsideMeeting").path("implementableFrom").asText(null)).isNull();
        assertThat(steps.get(5).get("outcome").asText()).isEqualTo("CALL_IN_UPHELD");
        assertThat(steps.get(5).get("outsideMeeting").path("implementableFrom").asText(null)).isNull();
        assertThat(steps.get(6).get("outsideMeeting").get("implementableFrom").asText()).isEqualTo("2027-02-10");
        assertThat(steps.get(1).get("outsideMeeting").get("forwardPlan").get("notices").get(0).get("clearDays")
                .asInt()).isEqualTo(54);
        assertThat(published).extracting(record -> new String(record.headers().lastHeader("ce_type").value(),
                StandardCharsets.UTF_8)).containsOnly("minutebook.PublishedDecision");

        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(minutebook.querySide() + at).status() == 200
                && Http.ok(minutebook.querySide() + at).get("version").asLong() == 6);
        JsonNode now = Http.ok(minutebook.querySide() + at);
        assertThat(now.get("stage").asText()).isEqualTo("IMPLEMENTABLE");
        assertThat(now.get("decision").get("implementableFrom").asText()).isEqualTo("2027-02-10");
        assertThat(Http.ok(minutebook.querySide() + "/api/forward-plan?council=Test%20Council&taken=true"))
                .extracting(plan -> plan.get("decisionId").asText()).contains(decision);
    }

    @Test
    void anOfficersDecisionIsInTheDecisionRegisterAndItsAtomFeedItsExemptPartWithheld() throws Exception {
        String decision = "od-" + UUID.randomUUID();
        String words = "To close Belgrave Gate " + decision.substring(3, 11) + " from 7 to 11 December.";
        record("/api/executive-decisions", """
                {"decisionId": "%s", "council": "Test Council", "title": "Temporary closure of Belgrave Gate",
                 "makerKind": "OFFICER", "maker": {"name": "Martin Fletcher", "role": "Director of Highways"},
                 "delegation": "Scheme of delegation, part 3, para 4.2", "takenOn": "2026-12-03",
                 "decision": "%s", "key": false, "exemptParagraph": "3",
                 "exemptPart": "ZQXOFFICER the contractor's rates"}""".formatted(decision, words));

        String register = minutebook.querySide() + "/api/decisions?q=" + decision.substring(3, 11);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.ok(register).get("items").size() == 1);
        JsonNode row = Http.ok(register).get("items").get(0);
        assertThat(row.get("text").asText()).isEqualTo(words);
        assertThat(row.get("outcome").asText()).isEqualTo("DECIDED");
        assertThat(row.get("outsideMeeting").get("taken").get("makerKind").asText()).isEqualTo("OFFICER");
        String feed = Http.get(minutebook.querySide() + "/decisions.atom").raw().body();
        assertThat(feed).contains(words, "Officer decision: Martin Fletcher (Director of Highways)",
                "urn:minutebook:decision:" + decision, "/executive-decisions/" + decision);
        assertThat(Http.get(minutebook.querySide() + "/decisions?q=" + decision.substring(3, 11)).raw().body())
                .contains(words, "Officer decision");

        String at = minutebook.querySide() + "/api/executive-decisions/" + decision;
        assertThat(Http.get(at).raw().body()).contains(words).doesNotContain("ZQXOFFICER");
        assertThat(Http.get(minutebook.querySide() + "/executive-decisions/" + decision).raw().body())
                .contains(words, "Scheme of delegation").doesNotContain("ZQXOFFICER");
        assertThat(feed).doesNotContain("ZQXOFFICER");
        assertThat(Http.getAs(Users.AUDITOR, at).json().get("exemptPart").asText()).contains("ZQXOFFICER");
        assertThat(minutebook.recordsOf(EventContract.DECISIONS_TOPIC, decision, 1))
                .extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                .singleElement().satisfies(published -> assertThat(published).contains(words)
                        .doesNotContain("ZQXOFFICER"));
    }

    @Test
    void anOfficersDecisionCorrectedIsPublishedAsCorrectedAndReadsAsItStoodBeforeTheCorrection() throws Exception {
        String decision = "od-" + UUID.randomUUID();
        String taken = """
                {"decisionId": "%s", "council": "Test Council", "title": "Temporary closure of Granby Street",
                 "makerKind": "OFFICER", "maker": {"name": "Martin Fletcher", "role": "Director of Highways"},
                 "takenOn": "2026-12-03", "decision": "%s", "key": false, "exemptParagraph": "3",
                 "exemptPart": "ZQXCORRECTED the contractor's rates"}""";
        String corrected = "To close Granby Street from 7 to 14 December.";
        record("/api/executive-decisions", taken.formatted(decision, "To close Granby Street from 7 to 11 December."));
        String at = minutebook.querySide() + "/api/executive-decisions/" + decision;
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(at).status() == 200);
        Instant beforeTheCorrection = Instant.now();
        Thread.sleep(20);
        String correction = "/api/executive-decisions/" + decision + "/corrections";
        String why = ", \"reason\": \"The notice to the contractor gives the 14th\", \"correctedBy\":"
                + " {\"name\": \"Kalvaran Sandhu\", \"role\": \"Democratic Services Manager\"}}";
        record(correction, "{\"corrected\": " + taken.formatted(decision, corrected) + why);

        List<JsonNode> published = minutebook.recordsOf(EventContract.DECISIONS_TOPIC, decision, 2).stream()
                .map(TheRecordBetweenMeetingsIT::data).toList();
        assertThat(published).extracting(step -> step.get("status").asText()).containsExactly("RECORDED", "CORRECTED");
        JsonNode republished = published.get(1);
        assertThat(republished.get("kind").asText()).isEqualTo("DECISION_OUTSIDE_MEETING");
        assertThat(republished.get("decisionId").asText()).isEqualTo(decision);
        assertThat(republished.get("text").asText()).isEqualTo(corrected);
        assertThat(republished.get("correction").get("correctedBy").get("name").asText()).isEqualTo("Kalvaran Sandhu");
        assertThat(republished.toString()).doesNotContain("ZQXCORRECTED");

        await().atMost(Duration.ofSeconds(60)).until(() -> Http.ok(at).get("version").asLong() == 1);
        JsonNode now = Http.ok(at);
        assertThat(now.get("decision").get("taken").get("decision").asText()).isEqualTo(corrected);
        assertThat(now.get("corrections").get(0).get("reason").asText()).contains("gives the 14th");
        assertThat(Http.ok(at + "?asOf=" + beforeTheCorrection).get("decision").get("taken").get("decision")
                .asText()).isEqualTo("To close Granby Street from 7 to 11 December.");
        assertThat(Http.get(at).raw().body()).doesNotContain("ZQXCORRECTED");
        assertThat(Http.getAs(Users.AUDITOR, at).json().get("exemptPart").asText()).contains("ZQXCORRECTED");

        Http.Response unchanged = Http.post(minutebook.commandSide() + correction,
                "{\"corrected\": " + taken.formatted(decision, corrected) + why);
        assertThat(unchanged.status()).isEqualTo(409);
        assertThat(unchanged.json().get("rule").asText()).isEqualTo("decision-correction-changes-nothing");

        // the audit team reads the decision's whole history, correction included, and checks its seals
        String stored = minutebook.commandSide() + "/api/executive-decisions/" + decision;
        JsonNode history = Http.getAs(Users.AUDITOR, stored + "/history").json();
        assertThat(history).extracting(event -> event.get("type").asText())
                .containsExactly("minutebook.DecisionTaken", "minutebook.DecisionTakenCorrected");
        assertThat(Http.get(stored + "/history").status()).as("not the public's").isEqualTo(401);
        JsonNode verdict = await().atMost(Duration.ofSeconds(60)).until(() -> Http.getAs(Users.AUDITOR,
                stored + "/verify").json(), found -> found.get("sealed").asInt() == 2 && found.get("intact").asBoolean());
        assertThat(verdict.get("events").asInt()).isEqualTo(2);
    }

    @Test
    void aDecisionNoticeCorrectedMovesTheCallInDeadlineAndReadsAsItStoodBefore() throws Exception {
        String decision = "parking-charges-" + UUID.randomUUID();
        String at = "/api/executive-decisions/" + decision;
        record("/api/executive-decisions", """
                {"decisionId": "%s", "council": "Test Council", "title": "Parking charges in the city centre",
                 "makerKind": "EXECUTIVE_MEMBER", "maker": {"name": "Cllr Ann Smith"}, "takenOn": "2027-01-25",
                 "decision": "To raise the evening charge to £2.", "key": false}""".formatted(decision));
        record(at + "/decision-notice", """
                {"publishedOn": "2027-01-26"}""");
        String read = minutebook.querySide() + at;
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(read).status() == 200
                && Http.ok(read).get("version").asLong() == 1);
        Instant beforeTheCorrection = Instant.now();
        Thread.sleep(20);
        Http.Response tooLate = Http.post(minutebook.commandSide() + at + "/call-in", """
                {"requestedOn": "2027-02-03"}""");
        assertThat(tooLate.json().get("rule").asText()).isEqualTo("call-in-window-closed");

        // the notice went up on Wednesday 27th, not the Tuesday: its window closes a working day later
        record(at + "/decision-notice/corrections", """
                {"corrected": {"publishedOn": "2027-01-27"}, "reason": "The web page went up on the Wednesday",
                 "correctedBy": {"name": "Kalvaran Sandhu"}}""");
        JsonNode republished = data(minutebook.recordsOf(EventContract.DECISIONS_TOPIC, decision, 3).get(2));
        assertThat(republished.get("kind").asText()).isEqualTo("DECISION_NOTICE");
        assertThat(republished.get("status").asText()).isEqualTo("CORRECTED");
        assertThat(republished.get("outsideMeeting").get("decisionNotice").get("callInDeadline").asText())
                .isEqualTo("2027-02-03");
        assertThat(republished.get("outsideMeeting").get("implementableFrom").asText()).isEqualTo("2027-02-04");
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.ok(read).get("version").asLong() == 2);
        assertThat(Http.ok(read).get("decision").get("decisionNotice").get("callInDeadline").asText())
                .isEqualTo("2027-02-03");
        JsonNode before = Http.ok(read + "?asOf=" + beforeTheCorrection).get("decision");
        assertThat(before.get("decisionNotice").get("callInDeadline").asText()).isEqualTo("2027-02-02");
        assertThat(before.get("implementableFrom").asText()).isEqualTo("2027-02-03");
        record(at + "/call-in", """
                {"requestedOn": "2027-02-03", "requestedBy": [{"name": "Cllr Porter"}]}""");
    }

    private static boolean responded(JsonNode tracker, String report) {
        JsonNode rows = rowsOf(tracker, report);
        return rows.size() == 2 && rows.get(0).has("response");
    }

    private static JsonNode rowsOf(JsonNode tracker, String report) {
        com.fasterxml.jackson.databind.node.ArrayNode rows = JSON.createArrayNode();
        tracker.forEach(row -> {
            if (row.get("reportId").asText().equals(report)) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static JsonNode data(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void record(String path, String json) throws Exception {
        minutebook.record(path, json);
    }
}
