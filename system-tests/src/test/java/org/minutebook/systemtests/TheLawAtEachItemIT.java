package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The law at each item, over HTTP, on a committee whose standing orders fix a quorum of four and refuse a decision
 * without it: Mrs Fryer in the Chair from the opening, Mr Kaufman from item 4; six members present, one of them by
 * video (not present in law in England), a councillor in attendance who is not a member. Each unlawful vote is refused
 * naming its rule and field, with nothing stored; the casting vote and the signature of the previous minutes of
 * whoever presided at an earlier item stand although a later change of chair was recorded first; a debate with two
 * amendments reads in the printed minutes as council minutes read; a meeting that sat past midnight closes.
 */
class TheLawAtEachItemIT {

    private static final String COMMITTEE = "law-at-each-item";
    private static Minutebook minutebook;
    private static String meetingId;

    @BeforeAll
    static void aMeetingItemByItem() throws Exception {
        minutebook = Minutebook.running();
        minutebook.registerCommittee(COMMITTEE, "Corporate Parenting Board");
        record("/api/committees/" + COMMITTEE + "/quorum", """
                {"members": 4, "whenInquorate": "REFUSED", "from": "2020-01-01",
                 "standingOrder": "No business shall be transacted unless four voting members are present"}""");
        meetingId = aMeeting("nov-2", "2021-11-02T18:00");
        for (int number = 1; number <= 6; number++) {
            record(meeting("/agenda/items"), """
                    {"itemId": "item-%d", "number": "%d", "title": "Item %d"}""".formatted(number, number, number));
        }
        record(meeting("/opening"), """
                {"openedAt": "2021-11-02T18:00", "chair": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}""");
        for (String member : new String[] {"fryer|Mrs. H. J. Fryer CC", "kaufman|Mr. J. Kaufman CC",
                "bentley|Mr. I. E. G. Bentley CC", "parton|Mr T. Parton CC", "wright|Mrs. M. Wright CC"}) {
            String[] idAndName = member.split("\\|");
            record(meeting("/attendance/members"), """
                    {"member": {"id": "%s", "name": "%s"}}""".formatted(idAndName[0], idAndName[1]));
        }
        record(meeting("/attendance/members"), """
                {"member": {"id": "feltham", "name": "Dr. R. K. A. Feltham CC"}, "mode": "REMOTE"}""");
        record(meeting("/attendance/members"), """
                {"member": {"id": "cole", "name": "Councillor Cole"}, "mode": "IN_ATTENDANCE"}""");
        // recorded before the casting vote on item 2: Mr Kaufman took the chair from item 4
        record(meeting("/roles"), """
                {"role": "CHAIR", "person": {"id": "kaufman", "name": "Mr. J. Kaufman CC"}, "fromItemId": "item-4"}""");
        record(meeting("/attendance/early-departures"), """
                {"member": {"id": "bentley", "name": "Mr. I. E. G. Bentley CC"}, "itemId": "item-2"}""");
        record(meeting("/declarations/interests"), """
                {"member": {"id": "parton", "name": "Mr T. Parton CC"}, "itemId": "item-3",
                 "words": "a foster carer paid by the council", "category": "DISCLOSABLE_PECUNIARY"}""");
        record(meeting("/declarations/interests"), """
                {"member": {"id": "wright", "name": "Mrs. M. Wright CC"}, "itemId": "item-3",
                 "words": "a relative in the service", "category": "NON_REGISTRABLE", "tookNoPartInVote": true}""");
    }

    @Test
    @DisplayName("Mrs Fryer's casting vote on item 2 carries it: she presided there, though Mr Kaufman's chair from item 4 was recorded first")
    void theCastingVoteOfWhoeverPresidedAtAnEarlierItemStands() throws Exception {
        Http.Response carried = post(meeting("/items/item-2/resolutions"), """
                {"resolutionId": "res-2", "form": "RESOLVED", "parts": [{"text": "That the report be noted."}],
                 "vote": {"votesFor": 2, "against": 2, "castingVote":
                          {"member": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}, "ballot": "FOR"}}}""");

        assertThat(carried.status()).as(carried.raw().body()).isEqualTo(201);
    }

    @Test
    @DisplayName("Mrs Fryer, presiding at item 1, signs the previous minutes there; Mr Kaufman, in the Chair only from item 4, may not")
    void thePreviousMinutesAreSignedByWhoeverPresidedAtTheirItem() throws Exception {
        refused(meeting("/previous-minutes"), """
                {"itemId": "item-1", "confirmedMeetingDate": "2021-10-05",
                 "signedBy": {"id": "kaufman", "name": "Mr. J. Kaufman CC"}}""",
                422, "only-chair-signs", "signedBy");

        Http.Response signed = post(meeting("/previous-minutes"), """
                {"itemId": "item-1", "confirmedMeetingDate": "2021-10-05",
                 "signedBy": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}""");
        assertThat(signed.status()).as(signed.raw().body()).isEqualTo(201);
    }

    @Test
    @DisplayName("Each unlawful vote is refused naming its rule and field (409; a casting vote not the chair's, 422), and nothing is stored")
    void unlawfulVotesAreRefusedNamingTheRuleAndField() throws Exception {
        int before = history().size();

        refused(meeting("/items/item-4/resolutions"), vote("bentley", "Mr. I. E. G. Bentley CC"),
                "voter-not-present", "vote.memberVotes[0].member");
        refused(meeting("/items/item-1/resolutions"), vote("feltham", "Dr. R. K. A. Feltham CC"),
                "voter-not-present", "vote.memberVotes[0].member");
        refused(meeting("/items/item-1/resolutions"), vote("cole", "Councillor Cole"),
                "voter-not-present", "vote.memberVotes[0].member");
        refused(meeting("/items/item-3/resolutions"), vote("parton", "Mr T. Parton CC"),
                "voter-barred-by-interest", "vote.memberVotes[0].member");
        refused(meeting("/items/item-3/resolutions"), vote("wright", "Mrs. M. Wright CC"),
                "voter-took-no-part", "vote.memberVotes[0].member");
        refused(meeting("/items/item-5/resolutions"), """
                {"form": "RESOLVED", "parts": [{"text": "That the report be noted."}],
                 "vote": {"votesFor": 5, "against": 1}}""", "votes-exceed-those-entitled", "vote");
        refused(meeting("/items/item-2/resolutions"), """
                {"form": "RESOLVED", "parts": [{"text": "That the report be noted."}],
                 "vote": {"votesFor": 2, "against": 2, "castingVote":
                          {"member": {"id": "kaufman", "name": "Mr. J. Kaufman CC"}, "ballot": "FOR"}}}""",
                422, "casting-vote-not-by-chair", "vote.castingVote");
        assertThat(history().size()).as("nothing stored").isEqualTo(before);
    }

    @Test
    @DisplayName("Mrs Fryer and Mr Parton in the room and Dr Feltham by video are two present in law, no quorum of four: refused")
    void aDecisionWithoutAQuorumIsRefused() throws Exception {
        String inquorate = aMeeting("inquorate", "2021-11-09T18:00");
        record("/api/meetings/" + inquorate + "/agenda/items", """
                {"itemId": "item-1", "number": "1", "title": "Item 1"}""");
        record("/api/meetings/" + inquorate + "/opening", """
                {"openedAt": "2021-11-09T18:00", "chair": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}""");
        record("/api/meetings/" + inquorate + "/attendance/members", """
                {"member": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}""");
        record("/api/meetings/" + inquorate + "/attendance/members", """
                {"member": {"id": "parton", "name": "Mr T. Parton CC"}}""");
        record("/api/meetings/" + inquorate + "/attendance/members", """
                {"member": {"id": "feltham", "name": "Dr. R. K. A. Feltham CC"}, "mode": "REMOTE"}""");

        refused("/api/meetings/" + inquorate + "/items/item-1/resolutions", """
                {"form": "RESOLVED", "parts": [{"text": "That the report be noted."}]}""",
                "meeting-inquorate", "itemId");
    }

    @Test
    @DisplayName("Mr Welsh, recorded voting on item 6, is not then recorded leaving during item 5")
    void aDepartureThatWouldMakeARecordedVoteUnlawfulIsRefused() throws Exception {
        record(meeting("/attendance/members"), """
                {"member": {"id": "welsh", "name": "Mr. G. Welsh CC"}}""");
        record(meeting("/items/item-6/resolutions"), """
                {"resolutionId": "res-6", "form": "RESOLVED", "parts": [{"text": "That the plan be approved."}],
                 "vote": {"method": "RECORDED", "memberVotes": [
                   {"member": {"id": "welsh", "name": "Mr. G. Welsh CC"}, "ballot": "FOR"}]}}""");

        refused(meeting("/attendance/early-departures"), """
                {"member": {"id": "welsh", "name": "Mr. G. Welsh CC"}, "itemId": "item-5"}""",
                "contradicts-recorded-vote", "itemId");
    }

    @Test
    @DisplayName("Item 1's debate with two amendments reads in the printed minutes as council minutes read it")
    void aDebateWithTwoAmendmentsIsPrintedAsTheMinutesWouldPrintIt() throws Exception {
        long version = record(meeting("/items/item-1/resolutions"), """
                {"resolutionId": "res-1", "form": "RESOLVED",
                 "movedBy": {"id": "kaufman", "name": "Mr. J. Kaufman CC"},
                 "secondedBy": {"id": "parton", "name": "Mr T. Parton CC"},
                 "parts": [{"label": "a)", "text": "That the report be noted;"},
                           {"label": "b)", "text": "That a progress report be presented by March 2022."}],
                 "amendments": [
                   {"text": "That in (b) 'March 2022' be replaced by 'January 2022'",
                    "movedBy": {"id": "wright", "name": "Mrs. M. Wright CC"},
                    "secondedBy": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}, "outcome": "LOST",
                    "earlierVotes": [{"method": "SHOW_OF_HANDS"}],
                    "vote": {"method": "RECORDED", "memberVotes": [
                      {"member": {"id": "wright", "name": "Mrs. M. Wright CC"}, "ballot": "FOR"},
                      {"member": {"id": "kaufman", "name": "Mr. J. Kaufman CC"}, "ballot": "AGAINST"},
                      {"member": {"id": "parton", "name": "Mr T. Parton CC"}, "ballot": "AGAINST"},
                      {"member": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}, "ballot": "ABSTAIN"},
                      {"member": {"id": "feltham", "name": "Dr. R. K. A. Feltham CC"}, "ballot": "ABSENT"}]}},
                   {"text": "That a part (c) be added: 'That foster carers be consulted.'",
                    "movedBy": {"id": "bentley", "name": "Mr. I. E. G. Bentley CC"}, "outcome": "WITHDRAWN"}],
                 "vote": {"method": "SHOW_OF_HANDS", "votesFor": 4, "against": 1},
                 "statutory": {"keyDecision": false, "subjectToCallIn": true, "callInDeadline": "2021-11-09",
                               "implementationDate": "2021-11-10", "reasons": "To track the plan's progress"}}""");

        String minutes = await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(minutebook.querySide() + meeting("/minutes.html?minVersion=" + version)),
                answer -> answer.status() == 200).raw().body().replaceAll("<[^>]+>", "\n")
                .replaceAll("\\s*\\n\\s*", "\n").replace("&#39;", "'");
        assertThat(minutes).containsSubsequence(
                "It was moved by Mr. J. Kaufman CC and seconded by Mr T. Parton CC.",
                "Amendment 1",
                "An amendment was moved by Mrs. M. Wright CC and seconded by Mrs. H. J. Fryer CC:",
                "That in (b) 'March 2022' be replaced by 'January 2022'",
                "On a show of hands.",
                "The amendment was put to the vote and LOST.",
                "A recorded vote was taken.",
                "For: Mrs. M. Wright CC.",
                "Against: Mr. J. Kaufman CC, Mr T. Parton CC.",
                "Abstaining: Mrs. H. J. Fryer CC.",
                "Absent: Dr. R. K. A. Feltham CC.",
                "Amendment 2",
                "The amendment was withdrawn.",
                "The substantive motion was put to the vote and CARRIED.",
                "RESOLVED:", "a)", "That the report be noted;", "b)", "That a progress report be presented",
                "On a show of hands: 4 for, 1 against.",
                "Is subject to call in?", "Yes", "Call-in deadline", "9 November 2021",
                "4.", "Mr. J. Kaufman CC in the Chair.");
    }

    @Test
    @DisplayName("A meeting that sat past midnight closes at 12.20am the next day, and its minutes say so")
    void aMeetingThatSatPastMidnightCloses() throws Exception {
        String late = aMeeting("late", "2021-11-16T18:00");
        record("/api/meetings/" + late + "/opening", """
                {"openedAt": "2021-11-16T18:00"}""");
        long version = record("/api/meetings/" + late + "/closing", """
                {"closedAt": "2021-11-17T00:20", "signatureRole": "Chairman"}""");

        String minutes = await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(minutebook.querySide() + "/api/meetings/" + late + "/minutes.html?minVersion="
                        + version), answer -> answer.status() == 200).raw().body();
        assertThat(minutes).contains("The meeting closed at 12.20am on Wednesday, 17 November 2021.")
                .contains("<p>Chairman</p>");
    }

    private static String vote(String id, String name) {
        return """
                {"form": "RESOLVED", "parts": [{"text": "That the report be noted."}],
                 "vote": {"method": "RECORDED", "memberVotes": [
                   {"member": {"id": "%s", "name": "%s"}, "ballot": "FOR"}]}}""".formatted(id, name);
    }

    /** Refused as a conflict with the record (409). */
    private static void refused(String path, String json, String rule, String field) throws Exception {
        refused(path, json, 409, rule, field);
    }

    private static void refused(String path, String json, int status, String rule, String field) throws Exception {
        Http.Response answer = post(path, json);
        assertThat(answer.status()).as(path + " " + rule + ": " + answer.raw().body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
        assertThat(problem.get("field").asText()).isEqualTo(field);
    }

    private static JsonNode history() throws Exception {
        return Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json();
    }

    private static String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static Http.Response post(String path, String json) throws Exception {
        return Http.post(minutebook.commandSide() + path, json);
    }

    /** Records the fact; its answer's version. */
    private static long record(String path, String json) throws Exception {
        return minutebook.record(path, json);
    }

    /** A meeting of the board, at the time given; its id. */
    private static String aMeeting(String named, String startsAt) throws Exception {
        String id = COMMITTEE + "-" + named + "-" + UUID.randomUUID();
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "%s", "title": "Corporate Parenting Board",
                 "startsAt": "%s", "venue": "County Hall"}""".formatted(id, COMMITTEE, startsAt));
        return id;
    }
}
