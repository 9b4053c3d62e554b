package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The OpenAPI documents are the contract: a clerk records a meeting of the Scrutiny Commission through every
 * family of commands, an officer reads the recorded minutes through every query, and each answer — its status, its
 * headers and its body, successes and refusals alike — must be one the served document describes, checked by
 * Atlassian's OpenAPI validator. Last, no operation of either document went unexercised.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiContractIT {

    private static final String COMMITTEE = "contract-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String MEETING = COMMITTEE + "-2021-11-02";
    private static final String DECISION = COMMITTEE + "-highways";
    private static final String REPORT = COMMITTEE + "-review";
    /** Councillor Cole's register of interests with the council, and the matter the Ofsted item took up. */
    private static final String COLE = COMMITTEE + "-cole";
    private static final String REGISTER = "interests.leicester-city-council." + COLE;
    private static final String MATTER = COMMITTEE + "-ofsted";
    private static Minutebook minutebook;
    private static ServedDocument commands;
    private static ServedDocument queries;

    @BeforeAll
    static void start() throws Exception {
        minutebook = Minutebook.running();
        minutebook.recordPublishedMinutes();
        commands = ServedDocument.of(minutebook.commandSide());
        queries = ServedDocument.of(minutebook.querySide());
    }

    @Test
    @Order(1)
    void aMeetingRecordedThroughEveryFamilyOfCommandsIsAnsweredAsTheCommandDocumentSays() throws Exception {
        Http.Response registered = record("POST", "/api/committees", """
                {"committeeId": "%s", "name": "Scrutiny Commission", "council": "Leicester City Council",
                 "kind": "COMMITTEE"}""".formatted(COMMITTEE));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        record("POST", committee("/renamings"), """
                {"name": "Children, Young People and Schools Scrutiny Commission", "effectiveFrom": "2021-05-20"}""");
        record("POST", committee("/members"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}, "role": "CHAIR", "from": "2021-05-20"}""");

        Http.Response scheduled = record("POST", "/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Children, Young People and Schools Scrutiny \
                Commission", "startsAt": "2021-11-02T17:30", "venue": "Meeting Room G.01, City Hall"}"""
                .formatted(MEETING, COMMITTEE));
        assertThat(scheduled.status()).isEqualTo(201);
        assertThat(scheduled.header("Location")).isEqualTo(minutebook.querySide() + "/api/meetings/" + MEETING);
        Http.Response added = record("POST", meeting("/agenda/items"), """
                {"itemId": "item-4", "number": "4", "title": "Declarations of interest"}""");
        assertThat(added.json().get("factId").asText()).isEqualTo("item-4");
        record("POST", meeting("/agenda/items"), """
                {"itemId": "item-7", "number": "7", "title": "Ofsted inspection"}""");
        assertThat(record("PUT", meeting("/agenda/items/item-7"), """
                {"title": "Ofsted inspection of children's services"}""").status()).isEqualTo(200);
        assertThat(record("POST", meeting("/agenda/publication"), """
                {"publishedOn": "2021-10-25"}""").status()).isEqualTo(200);
        assertThat(record("POST", meeting("/opening"), """
                {"openedAt": "2021-11-02T17:30", "chair": {"id": "cole", "name": "Councillor Cole"}}""").status())
                .isEqualTo(200);
        record("POST", meeting("/attendance/members"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}}""");
        long apology = record("POST", meeting("/attendance/apologies"), """
                {"member": {"id": "joel", "name": "Councillor Joel"}}""").json().get("version").asLong();
        record("POST", meeting("/declarations/interests"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}, "itemId": "item-7",
                 "words": "A foster carer for the council"}""");
        record("POST", meeting("/declarations/no-party-whip"), """
                {"itemId": "item-4"}""");
        record("POST", meeting("/items/item-7/minute"), """
                {"blocks": [{"kind": "PARAGRAPH", "text": "The Director presented the inspection report."}]}""");
        record("POST", meeting("/items/item-7/petitions"), """
                {"title": "Keep the children's centre open", "presentedBy": {"name": "A resident"}}""");
        record("POST", meeting("/items/item-7/questions"), """
                {"questionId": "q-1", "kind": "MEMBER", "askedBy": {"name": "Councillor Joel"},
                 "text": "When will the action plan be published?"}""");
        record("POST", meeting("/questions/q-1/answer"), """
                {"answeredBy": {"role": "the Director"}, "text": "In January."}""");
        record("POST", meeting("/items/item-7/resolutions"), """
                {"resolutionId": "res-7", "form": "RESOLVED", "parts": [{"text": "That the report be noted."}]}""");
        record("POST", meeting("/items/item-7/actions"), """
                {"actionId": "act-7", "description": "Circulate the action plan", "owner": "the Director"}""");
        record("POST", meeting("/actions/act-7/completion"), """
                {"completedOn": "2021-11-20"}""");
        record("POST", meeting("/adjournments"), """
                {"adjournedAt": "2021-11-02T18:45", "reason": "A fire alarm"}""");
        record("POST", meeting("/resumptions"), """
                {"resumedAt": "2021-11-02T19:00"}""");
        Http.Response closed = record("POST", meeting("/closing"), """
                {"closedAt": "2021-11-02T20:20"}""");
        assertThat(closed.status()).isEqualTo(200);
        long closedAt = closed.json().get("version").asLong();
        assertThat(closed.header("ETag")).isEqualTo("\"" + closedAt + "\"");
        record("POST", meeting("/corrections"), """
                {"correctsSequenceNumber": %d, "replacement": {"member": {"id": "joel", "name": "Councillor Joel MBE"}},
                 "reason": "The name as the member gives it", "correctedBy": {"role": "Democratic Support Officer"}}"""
                .formatted(apology));

        Http.Response opened = record("POST", "/api/members/" + COLE + "/interests", """
                {"council": "Leicester City Council", "memberName": "Councillor Cole", "entryId": "fostering",
                 "description": "Foster carer for the council", "registeredOn": "2021-05-20"}""");
        assertThat(opened.header("Location")).isEqualTo(minutebook.querySide() + "/api/registers-of-interests/"
                + REGISTER);
        record("POST", "/api/members/" + COLE + "/interests/fostering/amendments", """
                {"council": "Leicester City Council", "description": "Foster carer for the council since 2019",
                 "asOf": "2021-06-01", "reason": "The year as the member gives it"}""");
        record("POST", "/api/members/" + COLE + "/gifts-and-hospitality", """
                {"council": "Leicester City Council", "entryId": "tigers", "description": "Two tickets to Leicester Tigers",
                 "value": 90}""");
        record("POST", "/api/members/" + COLE + "/gifts-and-hospitality/tigers/corrections", """
                {"council": "Leicester City Council", "description": "Two tickets to Leicester Tigers", "value": 70,
                 "reason": "The club's letter gives £70", "correctedBy": {"name": "Monitoring Officer"}}""");
        record("POST", "/api/members/" + COLE + "/dispensations", """
                {"council": "Leicester City Council", "entryId": "allowances", "grantedBy": "Standards Committee",
                 "forWhat": "To vote on fostering allowances", "from": "2021-06-01", "until": "2025-05-01"}""");
        record("POST", "/api/members/" + COLE + "/dispensations/allowances/corrections", """
                {"council": "Leicester City Council", "grantedBy": "Monitoring Officer",
                 "forWhat": "To vote on fostering allowances", "from": "2021-06-01", "until": "2025-05-01",
                 "reason": "Granted under delegated powers", "correctedBy": {"name": "Monitoring Officer"}}""");
        record("POST", "/api/matters", """
                {"matterId": "%s", "council": "Leicester City Council", "title": "Ofsted inspection"}"""
                .formatted(MATTER));
        record("POST", "/api/matters/" + MATTER + "/corrections", """
                {"title": "Ofsted inspection of children's services", "reason": "As the item reads"}""");
        record("POST", "/api/matters/" + MATTER + "/considerations", """
                {"atMeetingId": "%s", "itemId": "item-4"}""".formatted(MEETING));
        record("POST", "/api/matters/" + MATTER + "/considerations/striking-out", """
                {"atMeetingId": "%s", "itemId": "item-4", "reason": "Item 4 was the declarations"}""".formatted(MEETING));
        record("POST", "/api/matters/" + MATTER + "/considerations", """
                {"atMeetingId": "%s", "itemId": "item-7"}""".formatted(MEETING));
    }

    @Test
    @Order(2)
    void aRetriedCommandGetsTheFirstAnswerAsDocumented() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"member": {"id": "dawood", "name": "Councillor Dawood"}}""";
        Http.Response first = record("POST", meeting("/attendance/members"), body, "Idempotency-Key", key);
        Http.Response retried = record("POST", meeting("/attendance/members"), body, "Idempotency-Key", key);

        assertThat(retried.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(retried.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retried.json()).isEqualTo(first.json());
    }

    @Test
    @Order(3)
    void theAuditTrailIsAnsweredAsTheCommandDocumentSays() throws Exception {
        JsonNode history = commands.send(Users.AUDITOR, "GET", meeting("/history"), null).json();
        assertThat(history.get(0).get("type").asText()).isEqualTo("minutebook.MeetingScheduled");
        commands.send(Users.CLERK, "GET", committee("/history"), null);
        assertThat(commands.send(Users.AUDITOR, "GET", meeting("/verify"), null).status()).isEqualTo(200);
        commands.send(Users.AUDITOR, "GET", committee("/verify"), null);
        assertThat(commands.send(Users.AUDITOR, "GET", meeting("/export"), null).raw().body())
                .contains("minutebook.MeetingScheduled");
        commands.send(Users.AUDITOR, "GET", committee("/export"), null);
        for (String record : List.of("/api/registers-of-interests/" + REGISTER, "/api/matters/" + MATTER)) {
            assertThat(commands.send(Users.AUDITOR, "GET", record + "/history", null).status()).isEqualTo(200);
            assertThat(commands.send(Users.AUDITOR, "GET", record + "/verify", null).status()).isEqualTo(200);
        }
        assertThat(commands.send(null, "GET", "/api/audit/seal-keys", null).json().get("keys")).isNotEmpty();
    }

    @Test
    @Order(4)
    void theDecisionRecordedIsInThePullFeedAsTheCommandDocumentSays() throws Exception {
        String council = "/api/feeds/decisions?council=Leicester%20City%20Council&limit=500&after=";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> meetings = new ArrayList<>();
            JsonNode page = null;
            do {
                page = commands.send(null, "GET", council + (page == null ? 0 : page.get("next").asLong()), null)
                        .json();
                page.get("decisions").forEach(entry -> meetings.add(entry.at("/decision/meeting/meetingId").asText()
                        + " " + entry.at("/decision/item/title").asText() + " " + entry.at("/decision/text").asText()));
            } while (page.get("more").asBoolean());
            assertThat(meetings).contains(MEETING + " Ofsted inspection of children's services That the report be"
                    + " noted.");
        });
        assertProblem(commands.refused(null, "GET", "/api/feeds/decisions?limit=0", null), 400, "invalid-request");
    }

    @Test
    @Order(5)
    void everyRefusalOfACommandIsAProblemTheDocumentNames() throws Exception {
        assertProblem(commands.refused(Users.CLERK, "POST", meeting("/attendance/members"), """
                {"member": {"id": "not an id", "name": "Councillor Cole"}}"""), 400, "invalid-request");
        assertProblem(commands.refused(Users.CLERK, "POST", "/api/meetings/never-scheduled/opening", """
                {"openedAt": "2021-11-02T17:30"}"""), 404, "not-found");
        assertProblem(commands.refused(Users.CLERK, "POST", meeting("/attendance/members"), """
                {"member": {"id": "kitterick", "name": "Councillor Kitterick"}}""", "If-Match", "\"1\""),
                409, "concurrent-change");
        assertProblem(commands.refused(Users.CLERK, "POST", meeting("/opening"), """
                {"openedAt": "2021-11-02T17:30"}"""), 409, null);
        assertProblem(commands.refused(Users.CLERK, "POST", "/api/meetings", """
                {"committeeId": "never-registered", "title": "A meeting of no committee"}"""), 422,
                "committee-not-registered");
        assertProblem(commands.refused(Users.CLERK, "POST", meeting("/attendance/members"), "{}",
                "Content-Type", "text/plain"), 415, "json-only");
        assertProblem(commands.refused(Users.CLERK, "POST", meeting("/items/item-7/minute"),
                "{\"blocks\": [{\"kind\": \"PARAGRAPH\", \"text\": \"" + "x".repeat(1_100_000) + "\"}]}"),
                413, "body-too-large");
        assertProblem(commands.refused(Users.CLERK, "POST", "/api/imports", """
                {"source": "https://example.org/minutes", "text": "Minutes"}""", "Idempotency-Key", "k"),
                400, "invalid-request");
    }

    @Test
    @Order(5)
    void theRecordBetweenMeetingsIsAnsweredAsTheCommandDocumentSays() throws Exception {
        Http.Response planned = record("POST", "/api/forward-plan", """
                {"decisionId": "%s", "council": "Leicester City Council", "title": "Highways contract",
                 "plannedFor": "2027-01-25"}""".formatted(DECISION));
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.header("Location")).isEqualTo(minutebook.querySide() + "/api/executive-decisions/"
                + DECISION);
        String decision = "/api/executive-decisions/" + DECISION;
        record("POST", decision + "/notices", """
                {"kind": "FORWARD_PLAN", "publishedOn": "2026-12-01"}""");
        record("POST", decision + "/notices/1/corrections", """
                {"corrected": {"kind": "FORWARD_PLAN", "publishedOn": "2026-12-02"}, "reason": "Published a day later",
                 "correctedBy": {"name": "Clerk"}}""");
        record("POST", "/api/executive-decisions", """
                {"decisionId": "%s", "makerKind": "EXECUTIVE", "takenOn": "2027-01-25",
                 "decision": "To award the contract."}""".formatted(DECISION));
        record("POST", decision + "/decision-notice", """
                {"publishedOn": "2027-01-26"}""");
        record("POST", decision + "/decision-notice/corrections", """
                {"corrected": {"publishedOn": "2027-01-27"}, "reason": "Published a day later",
                 "correctedBy": {"name": "Clerk"}}""");
        record("POST", decision + "/call-in", """
                {"requestedOn": "2027-01-27", "requestedBy": [{"name": "Councillor Joel"}]}""");
        record("POST", decision + "/call-in/corrections", """
                {"corrected": {"requestedOn": "2027-01-27",
                 "requestedBy": [{"name": "Councillor Joel"}, {"name": "Councillor Cank"}]},
                 "reason": "Two signed it", "correctedBy": {"name": "Clerk"}}""");
        record("POST", decision + "/call-in/consideration", """
                {"consideredOn": "2027-02-04", "outcome": "REFERRED_BACK"}""");
        record("POST", decision + "/call-in/consideration/corrections", """
                {"corrected": {"consideredOn": "2027-02-04", "outcome": "REFERRED_BACK",
                 "reasons": "Publish the evaluation."}, "reason": "As resolved", "correctedBy": {"name": "Clerk"}}""");
        record("POST", decision + "/reconsideration", """
                {"reconsideredOn": "2027-02-10", "outcome": "CONFIRMED"}""");
        record("POST", decision + "/reconsideration/corrections", """
                {"corrected": {"reconsideredOn": "2027-02-11", "outcome": "CONFIRMED"}, "reason": "Signed on the 11th",
                 "correctedBy": {"name": "Clerk"}}""");
        record("POST", decision + "/plan-corrections", """
                {"corrected": {"decisionId": "%s", "council": "Leicester City Council",
                 "title": "Highways maintenance contract", "plannedFor": "2027-01-25"}, "reason": "As the plan reads",
                 "correctedBy": {"name": "Clerk"}}""".formatted(DECISION));
        record("POST", decision + "/corrections", """
                {"corrected": {"decisionId": "%s", "makerKind": "EXECUTIVE", "takenOn": "2027-01-25",
                 "decision": "To award the contract to Tarmac Ltd."}, "reason": "As it reads",
                 "correctedBy": {"name": "Clerk"}}""".formatted(DECISION));
        Http.Response received = record("POST", "/api/scrutiny-reports", """
                {"reportId": "%s", "committeeId": "%s", "title": "A review", "receivedOn": "2026-10-31",
                 "recommendations": [{"recommendationId": "r1", "text": "Publish the figures."},
                   {"recommendationId": "r2", "text": "Fund the service."}]}"""
                .formatted(REPORT, COMMITTEE));
        assertThat(received.status()).isEqualTo(201);
        record("POST", "/api/scrutiny-reports/" + REPORT + "/corrections", """
                {"corrected": {"reportId": "%s", "committeeId": "%s", "title": "A review",
                 "receivedOn": "2026-10-30", "recommendations": [{"recommendationId": "r1",
                 "text": "Publish the figures."}, {"recommendationId": "r2", "text": "Fund the service."}]},
                 "reason": "Received a day earlier",
                 "correctedBy": {"name": "Clerk"}}""".formatted(REPORT, COMMITTEE));
        record("POST", "/api/scrutiny-reports/" + REPORT + "/recommendations/r1/response", """
                {"response": "ACCEPTED", "respondedOn": "2026-12-20"}""");
        record("POST", "/api/scrutiny-reports/" + REPORT + "/recommendations/r1/response/corrections", """
                {"response": "PARTLY_ACCEPTED", "respondedOn": "2026-12-20", "reason": "As the minutes read",
                 "correctedBy": {"name": "Clerk"}}""");
        assertThat(record("POST", "/api/scrutiny-reports/" + REPORT + "/recommendations/r1/progress", """
                {"reportedOn": "2027-01-20", "progress": "Published.", "implemented": true}""").json()
                .get("factId").asText()).isEqualTo("r1");
        record("POST", "/api/scrutiny-reports/" + REPORT + "/recommendations/r1/progress/1/corrections", """
                {"corrected": {"reportedOn": "2027-01-20", "progress": "Published in part.", "implemented": false},
                 "reason": "In part only", "correctedBy": {"name": "Clerk"}}""");
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(minutebook.querySide() + decision).status() == 200
                && Http.get(minutebook.querySide() + "/api/scrutiny-reports/" + REPORT).status() == 200);
    }

    @Test
    @Order(6)
    void everyQueryOfTheRecordedMinutesIsAnsweredAsTheQueryDocumentSays() throws Exception {
        String nov2020 = Minutebook.NOV_2020;
        List<String> paths = new ArrayList<>();
        for (String operation : queries.operations()) {
            if (operation.startsWith("GET /api/") && !operation.startsWith("GET /api/admin")
                    && !operation.equals("GET /api/me")) {
                paths.add(operation.substring("GET ".length()).replace("{meetingId}", nov2020)
                        .replace("{committeeId}", "leics-cfosc").replace("{memberId}", "bentley")
                        .replace("{decisionId}", DECISION).replace("{reportId}", REPORT)
                        .replace("/api/forward-plan", "/api/forward-plan?council=Leicester%20City%20Council")
                        .replace("{registerId}", REGISTER).replace("{matterId}", MATTER));
            }
        }
        paths.addAll(List.of("/api/meetings?committeeId=leics-cfosc&from=2020-01-01&to=2021-12-31",
                "/api/committees/leics-cfosc/meetings?from=2020-01-01&page=0&limit=1",
                "/api/members/bentley/attendance?from=2020-01-01&to=2021-12-31",
                "/api/declarations?committeeId=leics-cfosc&kind=no-interests",
                "/api/decisions?committeeId=leics-cfosc&q=cabinet&outcome=CARRIED",
                "/api/decisions?asOf=2030-01-01T00:00:00Z&committeeId=leics-cfosc",
                "/api/questions?kind=PUBLIC&outstandingReply=true",
                "/api/executive-decisions/" + DECISION + "?asOf=2030-01-01T00:00:00Z",
                "/api/scrutiny-reports/" + REPORT + "?asOf=2030-01-01T00:00:00Z",
                "/api/committees/" + COMMITTEE + "/recommendations?on=2027-01-01",
                "/api/actions?status=OVERDUE&kind=FURTHER_REPORT",
                "/api/meetings/" + nov2020 + "?minVersion=0",
                "/api/meetings/" + nov2020 + "/minutes.html?asOf=2030-01-01T00:00:00Z",
                "/api/registers-of-interests/" + REGISTER + "?on=2021-06-01&asOf=2030-01-01T00:00:00Z",
                "/api/meetings/" + MEETING + "/interests", "/api/meetings/" + MEETING + "/undeclared-interests",
                "/api/matters/" + MATTER + "?on=2022-01-01"));
        // every answer that does not fit is told, not only the first
        List<String> unfit = new ArrayList<>();
        for (String path : paths) {
            // what only auditors read (the interests not declared at a meeting), only they are asked
            Users.User[] readers = path.endsWith("/undeclared-interests") ? new Users.User[]{Users.AUDITOR}
                    : new Users.User[]{null, Users.AUDITOR};
            for (Users.User reader : readers) {
                try {
                    assertThat(queries.send(reader, "GET", path, null).status()).as(path).isEqualTo(200);
                } catch (AssertionError notAsDocumented) {
                    unfit.add(notAsDocumented.getMessage());
                }
            }
        }
        assertThat(unfit).isEmpty();
        assertThat(queries.send(Users.OPERATOR, "GET", "/api/admin/rebuild", null).status()).isIn(200, 204);
        // who one signed in as (the clerk's console asks): for the signed in only
        assertThat(queries.send(Users.CLERK, "GET", "/api/me", null).json().get("roles").toString()).isEqualTo("[\"CLERK\"]");
    }

    @Test
    @Order(6)
    void everyOParlQueryOfTheRecordedMinutesIsAnsweredAsTheQueryDocumentSays() throws Exception {
        String body = "leicestershire-county-council";
        String paper = queries.send(null, "GET", "/oparl/v1/bodies/" + body + "/papers?limit=1", null).json()
                .get("data").get(0).get("id").asText();
        String[] meetingAndPaper = paper.substring(paper.indexOf("/papers/") + "/papers/".length()).split("/");
        List<String> paths = new ArrayList<>();
        for (String operation : queries.operations()) {
            if (operation.startsWith("GET /oparl/")) {
                paths.add(operation.substring("GET ".length()).replace("{bodyId}", body)
                        .replace("{committeeId}", "leics-cfosc").replace("{number}", "0")
                        .replace("{person}", Base64.getUrlEncoder().withoutPadding().encodeToString(
                                "id:fryer".getBytes(StandardCharsets.UTF_8)))
                        .replace("{meetingId}", operation.contains("/papers/") ? meetingAndPaper[0]
                                : Minutebook.NOV_2020)
                        .replace("{itemId}", "item-26").replace("{paper}", meetingAndPaper[1])
                        .replace("{file}", "minutes"));
            }
        }
        paths.add("/oparl/v1/bodies/" + body + "/meetings?modified_since=2020-01-01T00:00:00%2B00:00&page=1&limit=1");
        List<String> unfit = new ArrayList<>();
        for (String path : paths) {
            try {
                assertThat(queries.send(null, "GET", path, null).status()).as(path).isEqualTo(200);
            } catch (AssertionError notAsDocumented) {
                unfit.add(notAsDocumented.getMessage());
            }
        }
        assertThat(unfit).isEmpty();
        assertProblem(queries.refused(null, "GET", "/oparl/v1/bodies/" + body
                + "/meetings?modified_since=yesterday", null), 400, "invalid-query");
        assertProblem(queries.refused(null, "GET", "/oparl/v1/meetings/never-scheduled/items/item-1", null), 404,
                "not-found");
    }

    @Test
    @Order(7)
    void everyRefusalOfAQueryIsAProblemTheDocumentNames() throws Exception {
        assertProblem(queries.refused(null, "GET", "/api/decisions?limit=0", null), 400, "invalid-query");
        assertProblem(queries.refused(null, "GET", "/api/decisions?outcome=PASSED", null), 400, "invalid-query");
        assertProblem(queries.refused(null, "GET", "/api/meetings/never-scheduled", null), 404, "not-found");
        assertProblem(queries.refused(null, "GET", "/api/meetings/never-scheduled/minutes", null), 404, "not-found");
        assertProblem(queries.refused(null, "GET", "/api/meetings/" + Minutebook.NOV_2021
                + "/minutes.html?asConfirmed=true", null), 404, "not-found");
        Http.Response behind = queries.refused(null, "GET", "/api/meetings/" + Minutebook.NOV_2020
                + "/decisions?minVersion=999", null);
        assertProblem(behind, 503, "read-model-behind");
        assertThat(behind.header("Retry-After")).isEqualTo("1");
    }

    @Test
    @Order(7)
    void anOperatorHoldsAndReleasesPublicationAsTheCommandDocumentSays() throws Exception {
        String hold = "/api/admin/publication/hold";
        assertThat(commands.send(Users.OPERATOR, "GET", hold, null).json().get("held").asBoolean()).isFalse();
        assertProblem(commands.refused(Users.OPERATOR, "POST", hold, "{\"seconds\": 0}"), 400, "invalid-request");
        assertThat(commands.send(Users.OPERATOR, "POST", hold, "{\"seconds\": 2}").json().get("held").asBoolean())
                .isTrue();
        Thread.sleep(1000);
        assertThat(commands.send(Users.OPERATOR, "DELETE", hold, null).json().get("held").asBoolean()).isFalse();
        // released after a second and a little: publication runs as long before another hold (rounded up)
        Http.Response tooSoon = commands.refused(Users.OPERATOR, "POST", hold, "{\"seconds\": 2}");
        assertProblem(tooSoon, 409, "publication-runs-between-holds");
        assertThat(tooSoon.header("Retry-After")).isIn("1", "2");
    }

    @Test
    @Order(8)
    void everyOperationNeedingARoleRefusesTheAnonymousAndTheOtherRolesAsDocumented() throws Exception {
        for (ServedDocument served : List.of(commands, queries)) {
            for (String operation : served.operations()) {
                List<String> roles = new ArrayList<>();
                served.operation(operation).path("x-minutebook-roles").forEach(role -> roles.add(role.asText()));
                if (roles.isEmpty()) {
                    continue;
                }
                String method = operation.substring(0, operation.indexOf(' '));
                String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{\\w+}", "x");
                String body = method.equals("GET") ? null : "{}";
                assertProblem(served.refused(null, method, path, body), 401, "not-signed-in");
                for (Users.User other : Users.ALL) {
                    if (!roles.contains(other.name().toUpperCase())) {
                        assertProblem(served.refused(other, method, path, body), 403, "not-allowed");
                    }
                }
            }
        }
    }

    @Test
    @Order(9)
    void noOperationOfEitherDocumentWentUnexercised() {
        for (ServedDocument served : List.of(commands, queries)) {
            assertThat(served.exercised()).containsAll(served.operations());
        }
    }

    private static Http.Response record(String method, String path, String body, String... headers)
            throws Exception {
        Http.Response answer = commands.send(Users.CLERK, method, path, body, headers);
        assertThat(answer.status()).as(method + " " + path + ": " + answer.raw().body()).isIn(200, 201);
        return answer;
    }

    private static void assertProblem(Http.Response answer, int status, String type) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        if (type != null) {
            assertThat(answer.json().get("type").asText()).isEqualTo("https://minutebook.org/problems/" + type);
        }
    }

    private static String meeting(String path) {
        return "/api/meetings/" + MEETING + path;
    }

    private static String committee(String path) {
        return "/api/committees/" + COMMITTEE + path;
    }
}
