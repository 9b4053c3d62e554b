package org.minutebook.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two councils keep their records on one service: Leicester City Council's clerks and Coventry City Council's,
 * each signed in by their council's identity provider with the councils they serve. Tried as an adversary would:
 * a Leicester clerk moving their own meeting into Coventry's committee by a correction, confirming Coventry's
 * minutes from a Leicester meeting, naming Coventry's meetings in any other field, and tokens whose councils claim
 * says nothing — none of it may touch Coventry's record, and nothing is stored.
 */
class CouncilScopeIT {

    private static final String LEICESTER = "Leicester City Council";
    private static final String COVENTRY = "Coventry City Council";
    private static final String LEICESTER_BOARD = "scope-leicester-osmb";
    private static final String COVENTRY_SCRUTINY = "scope-coventry-scrutiny";

    private static Minutebook minutebook;
    private static String leicesterClerk;
    private static String coventryClerk;
    private String leicesterMeeting;
    private String coventryMeeting;

    @BeforeAll
    static void twoCouncilsAndTheirClerks() throws Exception {
        minutebook = Minutebook.running();
        register(LEICESTER_BOARD, "Overview Select Committee", LEICESTER);
        register(COVENTRY_SCRUTINY, "Scrutiny Co-ordination Committee", COVENTRY);
        leicesterClerk = "Bearer " + minutebook.tokens().token("leicester-clerk", "Jason Tyler", List.of("clerk"),
                List.of(LEICESTER));
        coventryClerk = "Bearer " + minutebook.tokens().token("coventry-clerk", "Michelle Salmon", List.of("clerk"),
                List.of(COVENTRY));
    }

    @BeforeEach
    void aMeetingOfEachCouncil() throws Exception {
        leicesterMeeting = openMeeting(LEICESTER_BOARD, "2021-11-02");
        coventryMeeting = openMeeting(COVENTRY_SCRUTINY, "2021-10-06");
    }

    @Test
    void aLeicesterClerkCannotMoveTheirMeetingIntoCoventrysCommitteeByACorrection() throws Exception {
        Http.Response moved = writeAs(leicesterClerk, leicesterMeeting, "/corrections", """
                {"correctsSequenceNumber": 0, "reason": "Scheduled under the wrong committee",
                 "correctedBy": {"name": "Jason Tyler"}, "replacement": {"committeeId": "%s"}}
                """.formatted(COVENTRY_SCRUTINY));

        assertThat(moved.status()).as(moved.raw().body()).isEqualTo(422);
        assertThat(moved.json().get("rule").asText()).isEqualTo("committee-of-another-council");
        assertThat(moved.json().get("field").asText()).isEqualTo("replacement.committeeId");
        assertThat(history(leicesterMeeting)).doesNotContain("FactCorrected");
        assertThat(writeAs(coventryClerk, leicesterMeeting, "/agenda/items", item("item-2")).status())
                .as("still Leicester's record").isEqualTo(403);
    }


    @Test
    void aLeicesterClerkCannotConfirmCoventrysMinutesFromALeicesterMeeting() throws Exception {
        Http.Response confirmed = writeAs(leicesterClerk, leicesterMeeting, "/previous-minutes", """
                {"itemId": "item-1", "confirmedMeetingId": "%s", "confirmedMeetingDate": "2021-10-06",
                 "signed": true}""".formatted(coventryMeeting));

        assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(403);
        assertThat(confirmed.json().get("rule").asText()).isEqualTo("council-not-served");
        assertThat(history(leicesterMeeting)).doesNotContain("PreviousMinutesConfirmed");
        assertThat(history(coventryMeeting)).doesNotContain("MinutesConfirmed");
    }

    @Test
    void everyOtherFieldNamingACoventryMeetingIsRefusedToALeicesterClerk() throws Exception {
        List<Http.Response> refused = List.of(
                writeAs(leicesterClerk, leicesterMeeting, "/items/item-1/earlier-minutes-corrections", """
                        {"correctedMeetingId": "%s", "correctedMeetingDate": "2021-10-06",
                         "text": "Councillor Thay was present"}""".formatted(coventryMeeting)),
                writeAs(leicesterClerk, leicesterMeeting, "/corrections", """
                        {"correctsSequenceNumber": 2, "reason": "A typing error", "correctedBy": {"name": "J T"},
                         "notedAtMeetingId": "%s", "replacement": {"title": "Minutes"}}
                        """.formatted(coventryMeeting)),
                writeAs(leicesterClerk, leicesterMeeting, "/corrections", """
                        {"correctsSequenceNumber": 2, "reason": "A typing error", "correctedBy": {"name": "J T"},
                         "replacement": {"confirmedMeetingId": "%s"}}""".formatted(coventryMeeting)));

        assertThat(refused).extracting(Http.Response::status).containsOnly(403);
        assertThat(history(leicesterMeeting)).doesNotContain("EarlierMinutesCorrectionNoted", "FactCorrected");
    }

    @Test
    void aLeicesterClerkWritesNeitherCoventrysRegistersOfInterestsNorItsMattersNorTakesUpItsItems() throws Exception {
        String member = "scope-member-" + UUID.randomUUID().toString().substring(0, 8);
        String coventryMatter = "scope-coventry-" + UUID.randomUUID().toString().substring(0, 8);
        String leicesterMatter = "scope-leicester-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(postAs(coventryClerk, "/api/matters", """
                {"matterId": "%s", "council": "%s", "title": "Coventry's budget"}""".formatted(coventryMatter, COVENTRY))
                .status()).isEqualTo(201);
        assertThat(postAs(leicesterClerk, "/api/matters", """
                {"matterId": "%s", "council": "%s", "title": "Leicester's budget"}""".formatted(leicesterMatter, LEICESTER))
                .status()).isEqualTo(201);

        List<Http.Response> refused = List.of(
                postAs(leicesterClerk, "/api/members/" + member + "/interests", """
                        {"council": "%s", "description": "Governor, Coventry College"}""".formatted(COVENTRY)),
                postAs(leicesterClerk, "/api/matters/" + coventryMatter + "/corrections", """
                        {"title": "Coventry's budget 2022", "reason": "The year"}"""),
                postAs(leicesterClerk, "/api/matters/" + leicesterMatter + "/considerations", """
                        {"atMeetingId": "%s", "itemId": "item-1"}""".formatted(coventryMeeting)));

        assertThat(refused).extracting(Http.Response::status).containsOnly(403);
        assertThat(postAs(leicesterClerk, "/api/matters/" + leicesterMatter + "/considerations", """
                {"atMeetingId": "%s", "itemId": "item-1"}""".formatted(leicesterMeeting)).status()).isEqualTo(201);
    }

    @Test
    void aTokenWhoseCouncilsClaimNamesNoCouncilIsNotSignedInNorReadAsEveryCouncil() throws Exception {
        for (Object councils : List.of(List.of(), "", " ", 5, Map.of("name", COVENTRY), List.of(COVENTRY, " "))) {
            String token = "Bearer " + minutebook.tokens().tokenWithCouncilsClaim("odd-clerk", "A Clerk",
                    List.of("clerk"), councils);

            Http.Response write = writeAs(token, coventryMeeting, "/agenda/items", item("item-odd"));

            assertThat(write.status()).as("councils: %s", councils).isEqualTo(401);
            assertThat(write.json().get("rule").asText()).isEqualTo("token-claims-malformed");
        }
        assertThat(history(coventryMeeting)).doesNotContain("item-odd");
    }

    private static void register(String committeeId, String name, String council) throws Exception {
        Http.Response registered = Http.post(minutebook.commandSide() + "/api/committees", """
                {"committeeId": "%s", "name": "%s", "council": "%s", "kind": "COMMITTEE"}
                """.formatted(committeeId, name, council));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
    }

    /** Scheduled, opened and given its first item by a clerk of every council (the built-in clerk). */
    private static String openMeeting(String committeeId, String date) throws Exception {
        String meetingId = committeeId + "-" + UUID.randomUUID();
        for (String[] step : List.of(
                new String[]{"", """
                        {"meetingId": "%s", "committeeId": "%s", "title": "A meeting", "startsAt": "%sT14:00"}
                        """.formatted(meetingId, committeeId, date)},
                new String[]{"/" + meetingId + "/opening", "{\"openedAt\": \"" + date + "T14:00\"}"},
                new String[]{"/" + meetingId + "/agenda/items", item("item-1")})) {
            Http.Response answer = Http.post(minutebook.commandSide() + "/api/meetings" + step[0], step[1]);
            assertThat(answer.status()).as(answer.raw().body()).isIn(200, 201);
        }
        return meetingId;
    }

    private static String item(String itemId) {
        return "{\"itemId\": \"" + itemId + "\", \"title\": \"Minutes of the previous meeting\"}";
    }

    private static Http.Response postAs(String authorization, String path, String body) throws Exception {
        return Http.postAs(null, minutebook.commandSide() + path, body, "Authorization", authorization);
    }

    private static Http.Response writeAs(String authorization, String meetingId, String path, String body)
            throws Exception {
        return Http.postAs(null, minutebook.commandSide() + "/api/meetings/" + meetingId + path, body,
                "Authorization", authorization);
    }

    private static String history(String meetingId) throws Exception {
        return Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + meetingId + "/history")
                .raw().body();
    }
}
