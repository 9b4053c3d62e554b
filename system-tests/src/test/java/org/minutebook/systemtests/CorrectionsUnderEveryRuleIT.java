package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, defect 5, as an adversary tried it: corrections of facts no command records on its own (the meeting's
 * schedule, its close, a late arrival, a written reply sent) that break the rules of the fact. Each is refused over
 * HTTP naming the rule or the field — never 201, never 500 — and nothing is stored; the council's decisions feed
 * and the committee's page still answer in full afterwards.
 */
class CorrectionsUnderEveryRuleIT {

    private static final String COMMITTEE = "under-rules-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String MEETING = COMMITTEE + "-2024-10-29";
    /** The sequence numbers of the facts corrected. */
    private static final long SCHEDULED = 0;
    private static final long ARRIVED_LATE = 4;
    private static final long REPLY_SENT = 7;
    private static final long CLOSED = 8;
    private static Minutebook minutebook;
    private static int factsBefore;

    @BeforeAll
    static void aMeetingOfTheCommissionIsMinuted() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Children, Young People and Education Scrutiny Commission");
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Children, Young People and Education Scrutiny \
                Commission", "startsAt": "2024-10-29T17:30", "venue": "City Hall, Leicester"}"""
                .formatted(MEETING, COMMITTEE));
        record(meeting("/agenda/items"), """
                {"itemId": "item-1", "number": "1", "title": "Questions from members of the public"}""");
        record(meeting("/opening"), """
                {"openedAt": "2024-10-29T17:30", "chair": {"role": "The Chair"}}""");
        record(meeting("/attendance/members"), """
                {"member": {"id": "cllr-cole", "name": "Councillor Cole"}}""");
        record(meeting("/attendance/late-arrivals"), """
                {"member": {"id": "cllr-cole", "name": "Councillor Cole"}, "itemId": "item-1"}""");
        record(meeting("/items/item-1/questions"), """
                {"questionId": "q-1", "kind": "PUBLIC", "askedBy": {"name": "Mr Sharma"},
                 "text": "When will the youth centre reopen?"}""");
        record(meeting("/questions/q-1/written-reply-promise"), """
                {"promisedBy": {"role": "The Chair"}}""");
        record(meeting("/questions/q-1/written-reply"), """
                {"sentOn": "2024-11-05"}""");
        record(meeting("/closing"), """
                {"closedAt": "19:45"}""");
        factsBefore = history().size();
        assertThat(factsBefore).as("the facts corrected below are at the numbers they are named by").isEqualTo(9);
    }

    /** A hostile correction: which fact, the replacement sent, and the rule (or, for a 400, the field) it breaks. */
    record Hostile(String story, long corrects, String replacement, int status, String rule, String field) {

        @Override
        public String toString() {
            return story;
        }
    }

    static Stream<Hostile> hostileCorrections() {
        return Stream.of(
                new Hostile("the year +999999999", SCHEDULED, """
                        {"date": "+999999999-10-29"}""", 400, null, "replacement.date"),
                new Hostile("no committee", SCHEDULED, """
                        {"committeeId": null}""", 400, null, "replacement.committeeId"),
                new Hostile("a committee no one registered", SCHEDULED, """
                        {"committeeId": "no-such-committee"}""", 422, "committee-not-registered",
                        "replacement.committeeId"),
                new Hostile("a title of a million characters", SCHEDULED, """
                        {"title": "%s"}""".formatted("T".repeat(1_000_000)), 400, null, "replacement.title"),
                new Hostile("a title of two lines", SCHEDULED, """
                        {"title": "Scrutiny Commission\\r\\nInjected"}""", 400, null, "replacement.title"),
                new Hostile("a javascript: webcast", SCHEDULED, """
                        {"webcastUrl": "javascript:alert(document.cookie)"}""", 400, null, "replacement.webcastUrl"),
                new Hostile("twenty thousand contacts", SCHEDULED, """
                        {"contacts": [%s]}""".formatted(String.join(",", java.util.Collections.nCopies(20_000,
                        "{\"name\": \"Gemma Duckworth\"}"))), 400, null, "replacement.contacts"),
                new Hostile("the time zone Mars/Olympus", SCHEDULED, """
                        {"timeZone": "Mars/Olympus"}""", 422, "correction-recorded-otherwise", "replacement.timeZone"),
                new Hostile("a member no one recorded present", ARRIVED_LATE, """
                        {"member": {"id": "cllr-nobody", "name": "Councillor Nobody"}}""", 409, "member-not-present",
                        "replacement.member"),
                new Hostile("an item the agenda does not hold", ARRIVED_LATE, """
                        {"itemId": "item-99"}""", 422, "unknown-agenda-item", "replacement.itemId"),
                new Hostile("a close before the opening", CLOSED, """
                        {"closedAt": "17:00:00"}""", 422, "close-before-start", "replacement.closedAt"),
                new Hostile("a question never asked", REPLY_SENT, """
                        {"questionId": "q-unknown"}""", 422, "unknown-question", "replacement.questionId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCorrections")
    void aCorrectionThatBreaksARuleOfItsFactIsRefusedNamingItAndStoresNothing(Hostile hostile) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + meeting("/corrections"), """
                {"correctsSequenceNumber": %d, "reason": "Corrected by an adversary",
                 "correctedBy": {"name": "A clerk"}, "replacement": %s}""".formatted(hostile.corrects(),
                hostile.replacement()));

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(hostile.status());
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        if (hostile.rule() == null) {
            assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                    .contains(hostile.field());
        } else {
            assertThat(problem.get("rule").asText()).isEqualTo(hostile.rule());
            assertThat(problem.get("field").asText()).isEqualTo(hostile.field());
        }
        assertThat(history().size()).as("nothing stored").isEqualTo(factsBefore);
    }

    @AfterAll
    static void theCouncilsFeedAndTheCommitteesPageStillAnswerInFull() throws Exception {
        Http.Response feed = Http.get(minutebook.querySide() + "/decisions.atom");
        Http.Response page = Http.get(minutebook.querySide() + "/committees/" + COMMITTEE);

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.raw().body().strip()).endsWith("</feed>");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body().strip()).endsWith("</html>");
    }

    private static JsonNode history() throws Exception {
        return Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json();
    }

    private static String meeting(String path) {
        return "/api/meetings/" + MEETING + path;
    }

    private static void record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
    }
}
