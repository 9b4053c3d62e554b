package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exempt business (Schedule 12A, "Part B") is never public. One meeting has a public item and an exempt one with a
 * part; every fact on the exempt item carries its own marker. Every public path of both services (from their
 * OpenAPI documents, with each path's parameters filled in), the printable minutes, the public pages and feeds and the
 * decisions topic are read as the public: no marker is anywhere. The same paths read by an auditor show every marker.
 */
class ExemptBusinessIT {

    /** What every fact of the exempt item carries, numbered: {@code ZQXEXEMPT1}… */
    static final String MARK = "ZQXEXEMPT";
    private static final List<String> MARKERS = IntStream.rangeClosed(1, 15).mapToObj(n -> MARK + n).toList();
    private static Minutebook minutebook;
    private static String meetingId;

    @BeforeAll
    static void aMeetingWithExemptBusiness() throws Exception {
        minutebook = Minutebook.running();
        meetingId = recordAMeetingWithExemptBusiness(minutebook);
    }

    /**
     * Records a meeting of the Corporate Parenting Board ({@code exempt-business}, of Test Council) with a public
     * item and an exempt one with a part, every fact on the exempt item carrying its own marker ({@link #MARK}
     * and a number, 1 to 15); answers its id once every read model holds it.
     */
    static String recordAMeetingWithExemptBusiness(Minutebook minutebook) throws Exception {
        ExemptBusinessIT.minutebook = minutebook;
        minutebook.registerCommittee("exempt-business", "Corporate Parenting Board");
        meetingId = "exempt-business-" + UUID.randomUUID();
        record("/api/meetings", """
                {"meetingId": "%s", "committeeId": "exempt-business", "title": "Corporate Parenting Board",
                 "startsAt": "2021-11-02T14:00", "venue": "County Hall"}""".formatted(meetingId));
        record(meeting("/agenda/items"), """
                {"itemId": "item-1", "number": "1", "title": "Public business item"}""");
        record(meeting("/agenda/items"), """
                {"itemId": "item-9", "number": "9", "title": "%s1 Foster carer allowances", "agendaText": "%s2",
                 "documents": [{"title": "%s3 appendix", "format": "PDF"}],
                 "exemption": {"schedule12AParagraph": "3", "reason": "Financial affairs"}}"""
                .formatted(MARK, MARK, MARK));
        record(meeting("/agenda/items"), """
                {"itemId": "item-9a", "number": "9(a)", "parentItemId": "item-9", "title": "%s4 one family"}"""
                .formatted(MARK));
        record(meeting("/opening"), """
                {"openedAt": "2021-11-02T14:00", "chair": {"id": "fryer", "name": "Mrs. H. J. Fryer CC"}}""");
        record(meeting("/items/item-1/resolutions"), """
                {"resolutionId": "res-public", "form": "RESOLVED", "parts": [{"text": "That the update be noted."}]}""");
        record(meeting("/declarations/interests"), """
                {"member": {"id": "hunt", "name": "Mr. T. Hunt CC"}, "itemId": "item-9", "words": "%s5"}"""
                .formatted(MARK));
        record(meeting("/items/item-9/minute"), """
                {"blocks": [{"kind": "PARAGRAPH", "text": "%s6 was discussed"}]}""".formatted(MARK));
        record(meeting("/items/item-9/resolutions"), """
                {"resolutionId": "res-exempt", "form": "RESOLVED", "parts": [{"text": "%s7"}]}""".formatted(MARK));
        record(meeting("/items/item-9/lost-motions"), """
                {"form": "RESOLVED", "parts": [{"text": "%s8"}], "vote": {"votesFor": 1, "against": 5}}"""
                .formatted(MARK));
        record(meeting("/items/item-9/questions"), """
                {"questionId": "q-exempt", "kind": "MEMBER", "askedBy": {"name": "Mr. T. Hunt CC"}, "text": "%s9"}"""
                .formatted(MARK));
        record(meeting("/questions/q-exempt/answer"), """
                {"answeredBy": {"name": "Director of Children's Services"}, "text": "%s10"}""".formatted(MARK));
        record(meeting("/items/item-9/petitions"), """
                {"title": "%s11", "presentedBy": {"name": "A resident"}}""".formatted(MARK));
        record(meeting("/items/item-9/actions"), """
                {"description": "%s12", "owner": "Director"}""".formatted(MARK));
        record(meeting("/items/item-9/referrals"), """
                {"toBody": "Cabinet", "subject": "%s13"}""".formatted(MARK));
        record(meeting("/items/item-9a/further-reports"), """
                {"toBody": "Director", "subject": "%s14"}""".formatted(MARK));
        JsonNode history = Http.getAs(Users.AUDITOR, minutebook.commandSide() + meeting("/history")).json();
        long minute = sequenceOf(history, "ItemMinuted");
        long last = record(meeting("/corrections"), """
                {"correctsSequenceNumber": %d, "replacement": {"blocks": [{"kind": "PARAGRAPH", "text": "Discussed"}]},
                 "reason": "%s15", "correctedBy": {"name": "Democratic Services"}}""".formatted(minute, MARK));
        minutebook.awaitProjected(meetingId, last);
        return meetingId;
    }

    @Test
    void noPublicPathShowsAnythingOfTheExemptItem() throws Exception {
        Map<String, String> answers = readEveryPath(null);

        answers.forEach((path, body) -> assertThat(body).as(path).doesNotContain(MARK));
        String minutes = answers.get(minutebook.querySide() + "/api/meetings/" + meetingId + "/minutes.html");
        assertThat(minutes).contains("Public business item").contains("Exempt item").contains("paragraph 3");
        assertThat(answers.get(minutebook.querySide() + "/api/meetings/" + meetingId + "/decisions"))
                .contains("That the update be noted.");
        assertThat(answers.get(minutebook.querySide() + "/meetings/" + meetingId)).contains("Public business item")
                .contains("Exempt item").contains("paragraph 3");
        assertThat(answers.get(minutebook.querySide() + "/decisions.atom?committeeId=exempt-business"))
                .contains("That the update be noted.");
    }

    @Test
    void theDecisionsTopicCarriesThePublicDecisionAndNothingExempt() {
        List<ConsumerRecord<String, byte[]>> decisions = minutebook.decisionsOf(meetingId, 1);

        assertThat(decisions).isNotEmpty();
        assertThat(decisions).allSatisfy(decision ->
                assertThat(new String(decision.value(), StandardCharsets.UTF_8)).doesNotContain(MARK));
        assertThat(decisions).anySatisfy(decision -> assertThat(new String(decision.value(), StandardCharsets.UTF_8))
                .contains("That the update be noted."));
    }

    @Test
    void anAuditorReadingTheSamePathsFindsEveryMarkerAndIsToldWhichPartsAreExempt() throws Exception {
        Map<String, String> answers = readEveryPath(Users.AUDITOR);

        String all = String.join("\n", answers.values());
        MARKERS.forEach(marker -> assertThat(all).as(marker).containsPattern(marker + "\\b"));
        JsonNode meeting = Http.getAs(Users.AUDITOR, minutebook.querySide() + "/api/meetings/" + meetingId
                + "/minutes").json();
        assertThat(meeting.get("exemptItems")).extracting(JsonNode::asText).containsExactly("item-9", "item-9a");
    }

    /** Every public path of both services, as the reader reads them. */
    private static Map<String, String> readEveryPath(Users.User reader) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        // a page shows the words searched for, so it searches for the markers without their first letter (which
        // any marker would still match)
        for (String url : new PublicPaths(meetingId, "exempt-business", "hunt", MARK.substring(1)).of(minutebook)) {
            answers.put(url, read(reader, url));
        }
        assertThat(answers).hasSizeGreaterThan(20);
        return answers;
    }

    private static String read(Users.User reader, String url) throws Exception {
        Http.Response answer = reader == null ? Http.get(url) : Http.getAs(reader, url);
        assertThat(answer.status()).as(url + ": " + answer.raw().body()).isNotEqualTo(500);
        return answer.raw().body();
    }

    private static long sequenceOf(JsonNode history, String type) {
        for (JsonNode event : history) {
            if (event.get("type").asText().endsWith(type)) {
                return event.get("sequenceNumber").asLong();
            }
        }
        throw new AssertionError("No " + type + " in the history");
    }

    private static String meeting(String path) {
        return "/api/meetings/" + meetingId + path;
    }

    private static long record(String path, String json) throws Exception {
        Http.Response answer = Http.post(minutebook.commandSide() + path, json);
        assertThat(answer.status()).as(path + ": " + answer.raw().body()).isBetween(200, 201);
        return answer.json().get("version").asLong();
    }
}
