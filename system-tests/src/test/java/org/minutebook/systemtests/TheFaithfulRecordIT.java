package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The minutes of 29 September 2020 (000), of the Leicester meeting whose page has no header (001) and of
 * 21 June 2018 (003), recorded fact by fact over HTTP as their pages give them — no name, time, date or resolution
 * the page does not state — then read back from every read model and the printable page.
 */
class TheFaithfulRecordIT {

    static final String SEP_2020 = "leicester-cyps-2020-09-29";
    static final String NO_HEADER = "leicester-cype-items-130-131";
    static final String JUN_2018 = "coventry-sb2-2018-06-21";

    private static Minutebook minutebook;

    @BeforeAll
    static void recordTheThreePages() throws Exception {
        minutebook = Minutebook.running();
        for (String[] page : new String[][]{{"000-leicester-cyps-2020-09-29.json", SEP_2020},
                {"001-leicester-cype-items-130-131.json", NO_HEADER}, {"003-coventry-sb2-2018-06-21.json", JUN_2018}}) {
            PublishedMinutes minutes = PublishedMinutes.load(page[0]);
            minutes.recordThrough(minutebook.commandSide());
            long facts = minutes.steps().stream().filter(step -> step.path().startsWith("/api/meetings")).count();
            minutebook.awaitProjected(page[1], facts - 1);
        }
    }

    // --- 000: a special meeting, items without numbers or titles, updates noted, an item deferred

    @Test
    void theSpecialMeetingOf29September2020KeepsItsTimesAndTheChairByOffice() throws Exception {
        JsonNode meeting = get("/api/meetings/" + SEP_2020);
        assertThat(meeting.get("special").asBoolean()).isTrue();
        assertThat(meeting.get("startsAt").asText()).isEqualTo("2020-09-29T17:30:00");
        assertThat(meeting.get("timeZone").asText()).isEqualTo("Europe/London");
        assertThat(meeting.get("openedAt").isNull()).as("the page states no opening time").isTrue();
        assertThat(meeting.get("chair").get("name").isNull()).isTrue();
        assertThat(meeting.get("chair").get("role").asText()).isEqualTo("The Chair");
        assertThat(meeting.get("closedAt").asText()).isEqualTo("19:00:00");
        assertThat(meeting.get("minutesStage").asText()).isEqualTo("DRAFT");
        assertThat(texts(meeting.get("agenda"), "itemId")).containsExactly("apologies", "declarations", "minutes",
                "petitions", "questions", "annual-reports", "adoption", "fostering", "participation",
                "high-needs-block", "covid-19");
        assertThat(meeting.get("agenda").get(0).get("title").isNull()).as("the page gives no titles").isTrue();
        assertThat(meeting.get("agenda").get(6).get("documents").get(0).get("size").asText()).isEqualTo("238 KB");
        assertThat(meeting.get("agenda").get(9).get("status").asText()).isEqualTo("DEFERRED");
    }

    @Test
    void theAttendanceOf29September2020IsCouncillorColesApologyAndThoseWhoSpoke() throws Exception {
        JsonNode attendance = get("/api/meetings/" + SEP_2020 + "/attendance");
        assertThat(attendance.get("present")).isEmpty();
        assertThat(attendance.get("apologies").get(0).get("person").get("name").asText()).isEqualTo("Councillor Cole");
        assertThat(attendance.get("apologies").get(0).get("minutesStage").asText())
                .as("every register row says its minutes are a draft").isEqualTo("DRAFT");
        assertThat(roles(attendance.get("officer"))).containsExactly("Strategic Director, Social Care and Education");
        assertThat(attendance.get("other")).hasSize(3);
        assertThat(attendance.get("other").get(2).get("person").get("name").asText()).isEqualTo("Mr Mohit Sharma");
    }

    @Test
    void theDecisionsOf29September2020AreTheConfirmationTheDeferralAndTheReportsToCome() throws Exception {
        JsonNode decisions = get("/api/meetings/" + SEP_2020 + "/decisions");
        assertThat(texts(decisions, "kind")).containsExactly("previous-minutes", "further-report", "deferral");
    }

    @Test
    void thePrintedMinutesOf29September2020SayWhatThePageSaysAndNothingItDoesNot() throws Exception {
        String page = Http.get(minutebook.querySide() + "/api/meetings/" + SEP_2020 + "/minutes.html").raw().body();
        assertThat(page).contains("Draft minutes — subject to confirmation", "The update was noted.",
                "An apology for absence was received from Councillor Cole.", "This item was deferred.",
                "The meeting closed at 7.00pm.", "PDF", "238 KB");
        assertThat(page).doesNotContain("null", "Arising from the discussion");
    }

    // --- 001: no header at all; a substitute for someone not named; declarations without a PRESENT list

    @Test
    void theMeetingWithoutAHeaderHasNoDateNoStartAndClosesAt820pm() throws Exception {
        JsonNode meeting = get("/api/meetings/" + NO_HEADER);
        assertThat(meeting.get("date").isNull()).isTrue();
        assertThat(meeting.get("startsAt").isNull()).isTrue();
        assertThat(meeting.get("closedAt").asText()).isEqualTo("20:20:00");
        assertThat(texts(meeting.get("agenda"), "number")).containsSubsequence("130", "131");
    }

    @Test
    void itsAttendanceIsAnApologyASubstituteForNobodyNamedAndAnApologyForEarlierAbsences() throws Exception {
        JsonNode attendance = get("/api/meetings/" + NO_HEADER + "/attendance");
        assertThat(attendance.get("apologies").get(0).get("person").get("name").asText()).isEqualTo("Cllr Rae Bhatia");
        JsonNode orton = attendance.get("substitute").get(0);
        assertThat(orton.get("person").get("name").asText()).isEqualTo("Cllr Orton");
        assertThat(orton.has("forMember")).as("the page does not say for whom").isFalse();
        JsonNode minutes = get("/api/meetings/" + NO_HEADER + "/minutes");
        assertThat(minutes.toString()).contains("for being absent for the previous two meetings");
    }

    @Test
    void itsThreeDeclarationsAreInTheRegister() throws Exception {
        JsonNode declarations = get("/api/meetings/" + NO_HEADER + "/declarations");
        List<String> who = new ArrayList<>();
        declarations.forEach(row -> who.add(row.get("member").get("name").asText()));
        assertThat(who).containsExactly("Councillor Dr Moore", "Councillor March", "Councillor Barnes");
    }

    @Test
    void itsPublicQuestionWasAnsweredInWordsThePageDoesNotGive() throws Exception {
        JsonNode questions = get("/api/meetings/" + NO_HEADER + "/questions");
        JsonNode question = questions.get(0);
        assertThat(question.get("askedBy").get("role").asText()).isEqualTo("a member of the public");
        assertThat(question.get("atChairsDiscretion").asBoolean()).isTrue();
        assertThat(question.get("answer").get("answeredBy").get("role").asText())
                .isEqualTo("The Strategic Director of Social Care and Education");
        assertThat(question.get("answer").get("text").isNull()).isTrue();
    }

    @Test
    void itsMinutesKeepTheCorrectionOfOctober2024TheAgreedPartsAndTheTextsCutOff() throws Exception {
        JsonNode decisions = get("/api/meetings/" + NO_HEADER + "/decisions");
        assertThat(texts(decisions, "kind")).contains("previous-minutes", "resolution");
        String page = Http.get(minutebook.querySide() + "/api/meetings/" + NO_HEADER + "/minutes.html").raw().body();
        assertThat(page).contains("Cllr Bonham was the Vice-Chair", "That report be noted.",
                "the record of it is incomplete", "Date not stated", "The work programme was noted.",
                "Cllr Orton substituted", "<li>Corporate parenting responsibilities would be extended to schools");
        assertThat(page).doesNotContain("null");
    }

    // --- 003: numbered items with parts, matters arising, a referral from the discussion, a letter of thanks

    @Test
    void theBoardOf21June2018RecordsItsMattersArisingReferralAndLetter() throws Exception {
        JsonNode meeting = get("/api/meetings/" + JUN_2018);
        assertThat(texts(meeting.get("agenda"), "number"))
                .containsExactly("1", "2", "2(a)", "2(b)", "3", "4", "5", "6", "7", "8");
        assertThat(meeting.get("closedAt").isNull()).as("the page gives no closing time").isTrue();
        JsonNode actions = get("/api/meetings/" + JUN_2018 + "/actions");
        assertThat(texts(actions, "toBody")).contains("Scrutiny Board 4");
        JsonNode decisions = get("/api/meetings/" + JUN_2018 + "/decisions");
        assertThat(texts(decisions, "kind")).contains("previous-minutes", "resolution", "referral", "further-report");
        String page = Http.get(minutebook.querySide() + "/api/meetings/" + JUN_2018 + "/minutes.html").raw().body();
        assertThat(page).contains("There were no matters arising.", "<li>Secure provision</li>",
                "the Board agreed to refer to Scrutiny Board 4");
        assertThat(page).as("no sentence the page does not have").doesNotContain("null", "The meeting closed");
    }

    private static JsonNode get(String path) throws Exception {
        return Http.ok(minutebook.querySide() + path);
    }

    private static List<String> texts(JsonNode rows, String field) {
        return Http.texts(rows, field);
    }

    private static List<String> roles(JsonNode rows) {
        List<String> roles = new ArrayList<>();
        rows.forEach(row -> roles.add(row.get("person").get("role").asText()));
        return roles;
    }
}
