package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.events.EventTypes;
import org.minutebook.events.EventVersion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the committee and its members, when a clerk records the published minutes of 18 November 2020 (004) and
 * 2 November 2021 (002) fact by fact over HTTP, then each meeting's history holds exactly those facts, in order.
 */
class RecordingPublishedMinutesIT {

    /** Which event each kind of request records, by the end of its path. */
    private static final Map<String, String> EVENT_BY_PATH = new LinkedHashMap<>();

    static {
        EVENT_BY_PATH.put("/agenda/items", "AgendaItemAdded");
        EVENT_BY_PATH.put("/agenda/publication", "AgendaPublished");
        EVENT_BY_PATH.put("/opening", "MeetingOpened");
        EVENT_BY_PATH.put("/closing", "MeetingClosed");
        EVENT_BY_PATH.put("/attendance/members", "MemberAttended");
        EVENT_BY_PATH.put("/attendance/officers", "OfficerAttended");
        EVENT_BY_PATH.put("/previous-minutes", "PreviousMinutesConfirmed");
        EVENT_BY_PATH.put("/minute", "ItemMinuted");
        EVENT_BY_PATH.put("/no-questions", "NoQuestionsReceived");
        EVENT_BY_PATH.put("/declarations/no-interests", "NoInterestsDeclared");
        EVENT_BY_PATH.put("/declarations/no-party-whip", "NoPartyWhipDeclared");
        EVENT_BY_PATH.put("/no-petitions", "NoPetitionsReceived");
        EVENT_BY_PATH.put("/reports", "ReportConsidered");
        EVENT_BY_PATH.put("/resolutions", "ResolutionPassed");
        EVENT_BY_PATH.put("/further-reports", "FurtherReportRequested");
        EVENT_BY_PATH.put("/referrals", "ReferralMade");
        EVENT_BY_PATH.put("/actions", "ActionAgreed");
        EVENT_BY_PATH.put("/future-meeting-dates", "FutureMeetingDatesNoted");
        EVENT_BY_PATH.put("/questions", "QuestionAsked");
        EVENT_BY_PATH.put("/answer", "QuestionAnswered");
        EVENT_BY_PATH.put("/supplementary", "SupplementaryQuestionAsked");
        EVENT_BY_PATH.put("/written-reply-promise", "WrittenReplyPromised");
        EVENT_BY_PATH.put("/members", "MemberAppointed");
    }

    private static Minutebook minutebook;
    private static PublishedMinutes minutes004;
    private static PublishedMinutes minutes002;

    @BeforeAll
    static void recordBothMeetings() throws Exception {
        minutebook = Minutebook.running();
        minutes004 = PublishedMinutes.load(Minutebook.MINUTES_004);
        minutes002 = PublishedMinutes.load(Minutebook.MINUTES_002);
        minutebook.recordPublishedMinutes();
    }

    @Test
    void theHistoryOf18November2020HoldsEveryFactOfItsMinutesInOrder() throws Exception {
        assertHistoryMatches("leics-cfosc-2020-11-18", minutes004);
    }

    @Test
    void theHistoryOf2November2021HoldsEveryFactOfItsMinutesInOrder() throws Exception {
        assertHistoryMatches("leics-cfosc-2021-11-02", minutes002);
    }

    @Test
    void theCommitteeHistoryHoldsItsRegistrationAndMembers() throws Exception {
        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/committees/leics-cfosc/history").json();
        assertThat(types(history)).first().isEqualTo("CommitteeRegistered");
        assertThat(types(history).subList(1, history.size())).hasSize(8).containsOnly("MemberAppointed");
        assertThat(history.get(1).get("data").get("member").get("name").asText()).isEqualTo("Mrs. H. J. Fryer CC");
        assertThat(history.get(1).get("data").get("role").asText()).isEqualTo("CHAIR");
    }

    @Test
    void aDecisionIsStoredWithItsLetteredPartsAsMinuted() throws Exception {
        JsonNode resolution = eventsOf("leics-cfosc-2020-11-18", "ResolutionPassed").get(0).get("data");
        assertThat(resolution.get("itemId").asText()).isEqualTo("item-26");
        assertThat(resolution.get("form").asText()).isEqualTo("RESOLVED");
        assertThat(resolution.get("parts").findValuesAsText("label")).containsExactly("a)", "b)", "c)");
        assertThat(resolution.get("parts").get(2).get("text").asText())
                .isEqualTo("That the Cabinet be advised of the comments made by the Committee.");
    }

    @Test
    void aPublicQuestionKeepsItsSupplementaryAndThePromisedWrittenReply() throws Exception {
        String meeting = "leics-cfosc-2021-11-02";
        JsonNode asked = eventsOf(meeting, "QuestionAsked").get(0).get("data");
        assertThat(asked.get("askedBy").get("name").asText()).isEqualTo("Mrs Sue Whiting");
        assertThat(asked.get("standingOrder").asText()).isEqualTo("Standing Order 34");
        assertThat(asked.has("rule")).as("QuestionAsked version 1's name for the standing order").isFalse();
        assertThat(eventsOf(meeting, "QuestionAnswered").get(0).get("data").get("answeredBy").get("name").asText())
                .isEqualTo("Mrs H Fryer CC");
        assertThat(eventsOf(meeting, "SupplementaryQuestionAsked").get(0).get("data").get("text").asText())
                .startsWith("Mrs Whiting asked a supplementary question");
        assertThat(eventsOf(meeting, "WrittenReplyPromised").get(0).get("data").get("toSupplementary").asBoolean())
                .isTrue();
    }

    private static void assertHistoryMatches(String meetingId, PublishedMinutes minutes) throws Exception {
        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + meetingId + "/history").json();
        List<String> expected = new ArrayList<>(List.of("MeetingScheduled"));
        minutes.steps().stream()
                .filter(step -> step.path().startsWith("/api/meetings/" + meetingId + "/"))
                .map(step -> eventRecordedBy(step.path()))
                .forEach(expected::add);

        assertThat(types(history)).containsExactlyElementsOf(expected);
        assertThat(history.findValuesAsText("sequenceNumber"))
                .containsExactlyElementsOf(IntStream.range(0, expected.size()).mapToObj(Integer::toString).toList());
        history.forEach(event -> assertThat(event.get("schemaVersion").asInt()).as(event.get("type").asText())
                .isEqualTo(currentVersion(event.get("type").asText())));
    }

    /** The schema version of the event type's record, as its @EventVersion says. */
    private static int currentVersion(String type) {
        return EventTypes.typeOf(type).orElseThrow(() -> new AssertionError("No event record " + type))
                .getAnnotation(EventVersion.class).value();
    }

    private static String eventRecordedBy(String path) {
        return EVENT_BY_PATH.entrySet().stream()
                .filter(entry -> path.endsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No event is expected for " + path));
    }

    private static List<JsonNode> eventsOf(String meetingId, String type) throws Exception {
        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + "/api/meetings/" + meetingId + "/history").json();
        List<JsonNode> events = new ArrayList<>();
        history.forEach(event -> {
            if (event.get("type").asText().endsWith("." + type)) {
                events.add(event);
            }
        });
        return events;
    }

    private static List<String> types(JsonNode history) {
        List<String> types = new ArrayList<>();
        history.forEach(event -> {
            String type = event.get("type").asText();
            types.add(type.substring(type.lastIndexOf('.') + 1));
        });
        return types;
    }
}
