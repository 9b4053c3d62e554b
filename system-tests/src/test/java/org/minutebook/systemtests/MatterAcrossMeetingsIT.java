package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The review of the home to school transport policy, followed from referral to decision across three meetings: the
 * scrutiny committee of 18 November 2020 referred it to the Cabinet and asked for a further report; the Cabinet of
 * 15 December 2020 took it up and asked for the revised policy; the scrutiny committee of 19 January 2021 received
 * the report and approved the policy, asking for a report on its first year by 21 September 2021, which no later
 * item has received. Between the meetings, the committee's report with two recommendations reached the Cabinet on
 * 1 February 2021 (the response due by 1 April, and none given), and the Director of Children's Services awarded the
 * transport contract under delegated powers on 10 February 2021, its bidders' prices exempt: both name the matter.
 */
class MatterAcrossMeetingsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SCRUTINY = "cfosc-" + RUN;
    private static final String CABINET = "cabinet-" + RUN;
    private static final String NOVEMBER = SCRUTINY + "-2020-11-18";
    private static final String DECEMBER = CABINET + "-2020-12-15";
    private static final String JANUARY = SCRUTINY + "-2021-01-19";
    private static final String MATTER = "home-to-school-transport-" + RUN;
    private static final String REPORT = "transport-report-" + RUN;
    private static final String AWARD = "transport-contract-" + RUN;
    private static Minutebook minutebook;
    private static JsonNode path;

    @BeforeAll
    static void threeMeetingsTakeTheMatterUp() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(SCRUTINY, "Children and Families Overview and Scrutiny Committee");
        minutebook.registerCommittee(CABINET, "Cabinet");
        record("/api/matters", """
                {"matterId": "%s", "council": "Test Council", "title": "Review of Home to School Transport Policy"}"""
                .formatted(MATTER));

        meeting(NOVEMBER, SCRUTINY, "2020-11-18T14:00", "item-7", "Home to School Transport Policy Review");
        record(at(NOVEMBER, "/items/item-7/resolutions"), """
                {"resolutionId": "res-7", "form": "RESOLVED", "parts": [
                  {"label": "(a)", "text": "That the review be referred to the Cabinet."}]}""");
        record(at(NOVEMBER, "/items/item-7/referrals"), """
                {"actionId": "ref-7", "resolutionId": "res-7", "toBody": "Cabinet",
                 "subject": "Home to school transport policy review"}""");
        record(at(NOVEMBER, "/items/item-7/further-reports"), """
                {"actionId": "fr-7", "resolutionId": "res-7", "subject": "The revised policy",
                 "dueMeetingDate": "2021-01-19"}""");
        considered(NOVEMBER, "item-7");

        meeting(DECEMBER, CABINET, "2020-12-15T10:00", "item-4", "Home to School Transport Policy");
        record(at(DECEMBER, "/items/item-4/resolutions"), """
                {"resolutionId": "res-4", "form": "RESOLVED", "parts": [
                  {"text": "That a revised policy be prepared for the scrutiny committee."}]}""");
        considered(DECEMBER, "item-4");

        meeting(JANUARY, SCRUTINY, "2021-01-19T14:00", "item-5", "Revised Home to School Transport Policy");
        record(at(JANUARY, "/items/item-5/resolutions"), """
                {"resolutionId": "res-5", "form": "RESOLVED", "parts": [
                  {"text": "That the revised policy be approved."}]}""");
        record(at(JANUARY, "/items/item-5/further-reports"), """
                {"actionId": "fr-5", "resolutionId": "res-5", "subject": "The policy's first year",
                 "dueMeetingDate": "2021-09-21"}""");
        long version = considered(JANUARY, "item-5");
        record("/api/scrutiny-reports", """
                {"reportId": "%s", "committeeId": "%s", "title": "Home to school transport: the committee's report",
                 "receivedOn": "2021-02-01", "respondent": "Cabinet", "matterId": "%s", "recommendations": [
                   {"recommendationId": "r1", "number": "1", "text": "Publish the routes each term."},
                   {"recommendationId": "r2", "number": "2", "text": "Consult parents before any change."}]}"""
                .formatted(REPORT, SCRUTINY, MATTER));
        record("/api/executive-decisions", """
                {"decisionId": "%s", "council": "Test Council", "title": "Award of the school transport contract",
                 "makerKind": "OFFICER", "maker": {"name": "Jane Moore", "role": "Director of Children's Services"},
                 "delegation": "Scheme of delegation, part 3", "takenOn": "2021-02-10", "key": false,
                 "decision": "To award the school transport contract to County Coaches Ltd.", "matterId": "%s",
                 "exemptParagraph": "3", "exemptPart": "ZQXMATTER the bidders' prices"}""".formatted(AWARD, MATTER));

        String projected = minutebook.querySide() + "/api/matters/" + MATTER + "?on=2022-01-01&minVersion=" + version;
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(projected).status() == 200
                && Http.ok(projected).get("path").size() == 5);
        path = Http.ok(projected);
    }

    @Test
    void itsPathRunsInTheOrderOfItsMeetingsWithTheirDecisions() {
        assertThat(Http.texts(path.get("path"), "kind")).containsExactly("ITEM", "ITEM", "ITEM", "SCRUTINY_REPORT",
                "DECISION_OUTSIDE_MEETING");
        assertThat(Http.texts(path.get("path"), "meetingId")).containsExactly(NOVEMBER, DECEMBER, JANUARY, "", "");
        assertThat(Http.texts(path.get("path"), "itemTitle")).containsExactly(
                "Home to School Transport Policy Review", "Home to School Transport Policy",
                "Revised Home to School Transport Policy", "", "");
        assertThat(path.get("path").get(2).get("decisions").toString()).contains("That the revised policy be approved.");
    }

    @Test
    void theReferralAndTheFurtherReportAreReceivedByTheNextItemOnThePath() {
        JsonNode sentOn = path.get("path").get(0).get("sentOn");

        assertThat(Http.texts(sentOn, "actionId")).containsExactly("ref-7", "fr-7");
        assertThat(Http.texts(sentOn, "status")).containsExactly("RECEIVED", "RECEIVED");
        assertThat(sentOn.get(0).get("receivedBy").get("meetingId").asText()).isEqualTo(DECEMBER);
    }

    @Test
    void theFirstYearReportNoItemHasReceivedIsOverdueAfterItsDay() throws Exception {
        assertThat(path.get("due")).hasSize(1);
        assertThat(path.get("due").get(0).get("actionId").asText()).isEqualTo("fr-5");
        assertThat(path.get("due").get(0).get("status").asText()).isEqualTo("OVERDUE");
        JsonNode before = Http.ok(minutebook.querySide() + "/api/matters/" + MATTER + "?on=2021-09-21");
        assertThat(before.get("due").get(0).get("status").asText()).isEqualTo("DUE");
    }

    @Test
    void theScrutinyReportNamingItIsOnItsPathItsResponsesOverdue() {
        JsonNode report = path.get("path").get(3);

        assertThat(report.get("reportId").asText()).isEqualTo(REPORT);
        assertThat(report.get("responseDue").asText()).isEqualTo("2021-04-01");
        assertThat(Http.texts(report.get("recommendations"), "status")).containsExactly("OVERDUE", "OVERDUE");
        assertThat(Http.texts(path.get("responsesDue"), "recommendationId")).containsExactly("r1", "r2");
    }

    @Test
    void theOfficersDecisionNamingItIsOnItsPathItsExemptPartForTheAuditorOnly() throws Exception {
        JsonNode award = path.get("path").get(4);

        assertThat(award.get("decisionId").asText()).isEqualTo(AWARD);
        assertThat(award.get("on").asText()).isEqualTo("2021-02-10");
        assertThat(award.get("stage").asText()).isEqualTo("TAKEN");
        assertThat(award.has("exemptPart")).isFalse();
        String matter = minutebook.querySide() + "/api/matters/" + MATTER;
        assertThat(Http.getAs(Users.AUDITOR, matter).json().get("path").get(4).get("exemptPart").asText())
                .contains("ZQXMATTER");
        assertThat(Http.get(minutebook.querySide() + "/matters/" + MATTER).raw().body())
                .contains("To award the school transport contract to County Coaches Ltd.", "Consult parents",
                        "overdue").doesNotContain("ZQXMATTER");
    }

    @Test
    void aDecisionCorrectedToNameTheMatterMovesOntoItsPathFromTheOneItNamedWrongly() throws Exception {
        String wrong = "school-meals-" + RUN;
        String extension = "transport-extension-" + RUN;
        record("/api/matters", """
                {"matterId": "%s", "council": "Test Council", "title": "School Meals"}""".formatted(wrong));
        String decision = """
                {"decisionId": "%s", "council": "Test Council", "title": "Extension of the school transport contract",
                 "makerKind": "OFFICER", "maker": {"name": "Jane Moore", "role": "Director of Children's Services"},
                 "delegation": "Scheme of delegation, part 3", "takenOn": "2021-03-01", "key": false,
                 "decision": "To extend the school transport contract by a year.", "matterId": "%s"}""";
        record("/api/executive-decisions", decision.formatted(extension, wrong));
        String onWrong = minutebook.querySide() + "/api/matters/" + wrong;
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(onWrong).status() == 200
                && Http.ok(onWrong).get("path").size() == 1);

        record("/api/executive-decisions/" + extension + "/corrections", """
                {"corrected": %s, "reason": "It was recorded under the wrong matter",
                 "correctedBy": {"name": "Democratic Services"}}""".formatted(decision.formatted(extension, MATTER)));

        String onTransport = minutebook.querySide() + "/api/matters/" + MATTER;
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.texts(Http.ok(onTransport).get("path"), "decisionId")
                .contains(extension));
        assertThat(Http.ok(onWrong).get("path")).isEmpty();
    }

    @Test
    void anItemOfAMeetingNotRecordedDoesNotTakeTheMatterUp() throws Exception {
        Http.Response refused = Http.post(minutebook.commandSide() + "/api/matters/" + MATTER + "/considerations", """
                {"atMeetingId": "%s", "itemId": "item-99"}""".formatted(JANUARY));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("item-not-recorded");
    }

    private static void meeting(String meetingId, String committeeId, String startsAt, String itemId, String title)
            throws Exception {
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Meeting", "startsAt": "%s"}"""
                .formatted(meetingId, committeeId, startsAt));
        record(at(meetingId, "/agenda/items"), """
                {"itemId": "%s", "title": "%s"}""".formatted(itemId, title));
        record(at(meetingId, "/opening"), """
                {"openedAt": "%s", "chair": {"id": "chair", "name": "Councillor Chair"}}""".formatted(startsAt));
    }

    private static long considered(String meetingId, String itemId) throws Exception {
        long version = record(at(meetingId, "/closing"), """
                {"closedAt": "17:00"}""").get("version").asLong();
        minutebook.awaitProjected(meetingId, version);
        return record("/api/matters/" + MATTER + "/considerations", """
                {"atMeetingId": "%s", "itemId": "%s"}""".formatted(meetingId, itemId)).get("version").asLong();
    }

    private static String at(String meetingId, String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static JsonNode record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
        return answer.json();
    }
}
