package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Councillor Deborah Taylor's register of interests with the council: a directorship of Glenfield Homes, changed when
 * she took shares in the company and ended when she left its board, and shares held as a sensitive interest. At the
 * committee's meeting of 15 June 2022, where Glenfield Homes' land at Ratby Road was on the agenda, she declared
 * nothing; Councillor Cole declared his interest. Her dispensation for the council tax, entered as the Standards
 * Committee's, is corrected to the monitoring officer's. Read over HTTP, as the public, a clerk and the auditor read it.
 */
class RegisterOfInterestsIT {

    private static final String COUNCIL = "Test Council";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TAYLOR = "deborah-taylor-" + RUN;
    private static final String COLE = "cole-" + RUN;
    private static final String COMMITTEE = "planning-" + RUN;
    private static final String MEETING = COMMITTEE + "-2022-06-15";
    private static Minutebook minutebook;
    private static String registerId;

    @BeforeAll
    static void herRegisterAndTheMeeting() throws Exception {
        minutebook = Minutebook.running();
        JsonNode opened = record("/api/members/" + TAYLOR + "/interests", """
                {"council": "%s", "memberName": "Councillor Deborah Taylor", "entryId": "glenfield",
                 "category": "EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION",
                 "description": "Director, Glenfield Homes Ltd", "registeredOn": "2021-05-20"}""".formatted(COUNCIL));
        registerId = opened.get("id").asText();
        record("/api/members/" + TAYLOR + "/interests/glenfield/amendments", """
                {"council": "%s", "category": "EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION",
                 "description": "Director and shareholder, Glenfield Homes Ltd", "asOf": "2022-01-10",
                 "reason": "Took shares in the company"}""".formatted(COUNCIL));
        record("/api/members/" + TAYLOR + "/interests/glenfield/amendments", """
                {"council": "%s", "category": "EMPLOYMENT_OFFICE_TRADE_PROFESSION_OR_VOCATION",
                 "description": "Director and shareholder, Glenfield Homes Ltd", "until": "2023-03-31",
                 "asOf": "2023-04-03", "reason": "Resigned from the board"}""".formatted(COUNCIL));
        record("/api/members/" + TAYLOR + "/interests", """
                {"council": "%s", "entryId": "security-firm", "category": "SECURITIES",
                 "description": "Shares in Sentinel Guarding Ltd", "registeredOn": "2021-05-20", "sensitive": true}"""
                .formatted(COUNCIL));
        record("/api/members/" + TAYLOR + "/gifts-and-hospitality", """
                {"council": "%s", "description": "Dinner at the Chamber of Commerce annual awards"}"""
                .formatted(COUNCIL));
        record("/api/members/" + COLE + "/interests", """
                {"council": "%s", "memberName": "Councillor Cole", "description": "Tenant of Glenfield Homes Ltd",
                 "registeredOn": "2021-05-20"}""".formatted(COUNCIL));

        minutebook.registerCommittee(COMMITTEE, "Development Control Committee");
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Development Control Committee",
                 "startsAt": "2022-06-15T14:00"}""".formatted(MEETING, COMMITTEE));
        record(meeting("/agenda/items"), """
                {"itemId": "item-5", "number": "5", "title": "Glenfield Homes Ltd: land at Ratby Road"}""");
        record(meeting("/agenda/items"), """
                {"itemId": "item-6", "number": "6", "title": "Home to school transport"}""");
        record(meeting("/opening"), """
                {"openedAt": "2022-06-15T14:00", "chair": {"id": "%s", "name": "Councillor Cole"}}""".formatted(COLE));
        record(meeting("/attendance/members"), """
                {"member": {"id": "%s", "name": "Councillor Deborah Taylor"}}""".formatted(TAYLOR));
        record(meeting("/attendance/members"), """
                {"member": {"id": "%s", "name": "Councillor Cole"}}""".formatted(COLE));
        long version = record(meeting("/declarations/interests"), """
                {"member": {"id": "%s", "name": "Councillor Cole"}, "itemId": "item-5",
                 "words": "A tenant of Glenfield Homes", "category": "OTHER_REGISTRABLE"}""".formatted(COLE))
                .get("version").asLong();
        minutebook.awaitProjected(MEETING, version);
    }

    @Test
    void theDirectorshipReadsAsItStoodOnTwoDays() throws Exception {
        JsonNode december2021 = register("?on=2021-12-01");
        JsonNode june2022 = register("?on=2022-06-01");
        JsonNode april2023 = register("?on=2023-04-10");

        assertThat(interest(december2021, "glenfield").get("description").asText())
                .isEqualTo("Director, Glenfield Homes Ltd");
        assertThat(interest(june2022, "glenfield").get("description").asText())
                .isEqualTo("Director and shareholder, Glenfield Homes Ltd");
        assertThat(interest(june2022, "glenfield").get("amendedAsOf").asText()).isEqualTo("2022-01-10");
        assertThat(interest(april2023, "glenfield")).as("ended on 31 March 2023").isNull();
        assertThat(register("?on=2021-05-19").get("interests")).as("before anything was registered").isEmpty();
    }

    @Test
    void theSensitiveInterestIsInThePublicRegisterWithoutItsDetails() throws Exception {
        JsonNode asThePublic = register("?on=2022-06-01");
        JsonNode asTheClerk = Http.getAs(Users.CLERK, minutebook.querySide() + "/api/registers-of-interests/"
                + registerId + "?on=2022-06-01").json();

        assertThat(interest(asThePublic, "security-firm").has("description")).isFalse();
        assertThat(interest(asThePublic, "security-firm").get("withheld").asText()).contains("section 32");
        assertThat(asThePublic.toString()).doesNotContain("Sentinel");
        assertThat(interest(asTheClerk, "security-firm").get("description").asText())
                .isEqualTo("Shares in Sentinel Guarding Ltd");
    }

    @Test
    void theDeclarationsAtTheMeetingStandBesideTheRegistersOfThatDay() throws Exception {
        JsonNode members = Http.ok(minutebook.querySide() + meeting("/interests")).get("members");

        JsonNode cole = member(members, COLE);
        assertThat(cole.get("declarations").get(0).get("words").asText()).isEqualTo("A tenant of Glenfield Homes");
        assertThat(cole.get("register").get("interests").get(0).get("description").asText())
                .isEqualTo("Tenant of Glenfield Homes Ltd");
        JsonNode taylor = member(members, TAYLOR);
        assertThat(taylor.get("declarations")).isEmpty();
        assertThat(taylor.get("register").get("on").asText()).isEqualTo("2022-06-15");
        assertThat(interest(taylor.get("register"), "glenfield").get("description").asText())
                .isEqualTo("Director and shareholder, Glenfield Homes Ltd");
    }

    @Test
    void theUndeclaredDirectorshipIsFlaggedToTheAuditorOnly() throws Exception {
        String flags = minutebook.querySide() + meeting("/undeclared-interests");

        JsonNode flagged = Http.getAs(Users.AUDITOR, flags).json();
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).get("member").get("id").asText()).isEqualTo(TAYLOR);
        assertThat(flagged.get(0).get("itemId").asText()).isEqualTo("item-5");
        assertThat(flagged.get(0).get("sharedWords").toString()).contains("glenfield", "homes");
        assertThat(flagged.get(0).get("why").asText()).contains("no interest was declared on the item");

        assertThat(Http.get(flags).status()).as("the public").isEqualTo(401);
        assertThat(Http.getAs(Users.CLERK, flags).status()).as("a clerk").isEqualTo(403);
        assertThat(Http.get(minutebook.querySide() + meeting("/interests")).raw().body()).doesNotContain("why");
    }

    @Test
    void anAmendmentFromBeforeTheEntryWasRegisteredIsRefusedAndNothingIsStored() throws Exception {
        Http.Response refused = Http.post(minutebook.commandSide() + "/api/members/" + TAYLOR
                + "/interests/glenfield/amendments", """
                {"council": "%s", "description": "Director", "asOf": "2020-01-01"}""".formatted(COUNCIL));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("amended-before-registered");
    }

    @Test
    void aDispensationEnteredWronglyIsCorrectedAndReadAsRecordedBeforeTheCorrectionAsItWas() throws Exception {
        String dispensations = "/api/members/" + TAYLOR + "/dispensations";
        String correction = """
                {"council": "%s", "grantedBy": "%s", "forWhat": "To speak and vote on the setting of the council tax",
                 "from": "2021-06-01", "until": "2025-05-01", "registeredOn": "2021-06-01",
                 "reason": "Granted under delegated powers",
                 "correctedBy": {"name": "Lauren Haslam", "role": "Monitoring Officer"}}""";
        record(dispensations, """
                {"council": "%s", "entryId": "council-tax", "grantedBy": "Standards Committee",
                 "forWhat": "To speak and vote on the setting of the council tax", "from": "2021-06-01",
                 "until": "2025-05-01", "registeredOn": "2021-06-01"}""".formatted(COUNCIL));
        Instant beforeTheCorrection = Instant.now();
        Thread.sleep(20);
        record(dispensations + "/council-tax/corrections", correction.formatted(COUNCIL, "Monitoring Officer"));

        JsonNode now = register("?on=2022-06-01").get("dispensations").get(0);
        JsonNode asItWas = register("?on=2022-06-01&asOf=" + beforeTheCorrection).get("dispensations").get(0);
        assertThat(now.get("grantedBy").asText()).isEqualTo("Monitoring Officer");
        assertThat(now.get("correction").get("reason").asText()).isEqualTo("Granted under delegated powers");
        assertThat(asItWas.get("grantedBy").asText()).isEqualTo("Standards Committee");
        assertThat(asItWas.path("correction").isNull()).as("no correction then").isTrue();
        assertThat(register("?on=2022-06-01").toString()).as("the public copy, after it").doesNotContain("Sentinel");

        Http.Response unchanged = Http.post(minutebook.commandSide() + dispensations + "/council-tax/corrections",
                correction.formatted(COUNCIL, "Monitoring Officer"));
        assertThat(unchanged.status()).isEqualTo(409);
        assertThat(unchanged.json().get("rule").asText()).isEqualTo("entry-correction-changes-nothing");
        Http.Response noSuchGift = Http.post(minutebook.commandSide() + "/api/members/" + TAYLOR
                + "/gifts-and-hospitality/no-such-gift/corrections", """
                {"council": "%s", "description": "Lunch", "reason": "Misread",
                 "correctedBy": {"name": "Lauren Haslam"}}""".formatted(COUNCIL));
        assertThat(noSuchGift.status()).isEqualTo(409);
        assertThat(noSuchGift.json().get("rule").asText()).isEqualTo("entry-not-registered");
    }

    private static JsonNode register(String query) throws Exception {
        return Http.ok(minutebook.querySide() + "/api/registers-of-interests/" + registerId + query);
    }

    private static JsonNode interest(JsonNode register, String entryId) {
        for (JsonNode interest : register.get("interests")) {
            if (interest.get("entryId").asText().equals(entryId)) {
                return interest;
            }
        }
        return null;
    }

    private static JsonNode member(JsonNode members, String memberId) {
        for (JsonNode member : members) {
            if (member.get("member").get("id").asText().equals(memberId)) {
                return member;
            }
        }
        throw new AssertionError("No " + memberId + " among " + members);
    }

    private static String meeting(String path) {
        return "/api/meetings/" + MEETING + path;
    }

    /** Records as the clerk; answers what was recorded, read back once the query side holds it. */
    private static JsonNode record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
        JsonNode recorded = answer.json();
        if (path.startsWith("/api/members/")) {
            String projected = minutebook.querySide() + "/api/registers-of-interests/" + recorded.get("id").asText()
                    + "?minVersion=" + recorded.get("version").asLong();
            await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(projected).status() == 200);
        }
        return recorded;
    }
}
