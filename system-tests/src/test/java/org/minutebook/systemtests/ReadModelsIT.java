package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given the minutes of 18 November 2020 (004) and 2 November 2021 (002) recorded through the command API, the
 * read models officers query answer with exactly the facts of those minutes.
 */
class ReadModelsIT {

    private static final String NOV_2020 = Minutebook.NOV_2020;
    private static final String NOV_2021 = Minutebook.NOV_2021;

    private static Minutebook minutebook;

    @BeforeAll
    static void recordBothMeetings() throws Exception {
        minutebook = Minutebook.running();
        minutebook.recordPublishedMinutes();
    }

    @Test
    void theAgendaOf18November2020ListsItems19To31InOrderAllConsidered() throws Exception {
        JsonNode meeting = get("/api/meetings/" + NOV_2020);
        assertThat(meeting.get("venue").asText()).isEqualTo("County Hall, Glenfield");
        assertThat(meeting.get("status").asText()).isEqualTo("CLOSED");
        assertThat(texts(meeting.get("agenda"), "number"))
                .containsExactly("19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31");
        assertThat(meeting.get("agenda").get(7).get("title").asText())
                .isEqualTo("Defining Children and Family Services for the Future.");
        assertThat(texts(meeting.get("agenda"), "status")).containsOnly("CONSIDERED");
    }

    @Test
    void theCommitteeCalendarHoldsBothMeetingsInDateOrder() throws Exception {
        JsonNode calendar = get("/api/committees/leics-cfosc/meetings?from=2020-01-01&to=2021-12-31");
        assertThat(texts(calendar.get("items"), "meetingId")).containsExactly(NOV_2020, NOV_2021);
        JsonNode inPeriod = get("/api/meetings?committeeId=leics-cfosc&from=2021-01-01&to=2021-12-31");
        assertThat(texts(inPeriod.get("items"), "meetingId")).containsExactly(NOV_2021);
    }

    @Test
    void attendanceOf18November2020IsTheEightMembersPresentWithTheChair() throws Exception {
        JsonNode attendance = get("/api/meetings/" + NOV_2020 + "/attendance");
        List<String> present = new ArrayList<>();
        attendance.get("present").forEach(row -> present.add(row.get("person").get("name").asText()));
        assertThat(present).containsExactly("Mrs. H. J. Fryer CC", "Mr. I. E. G. Bentley CC",
                "Dr. R. K. A. Feltham CC", "Mr. J. Kaufman CC", "Mr T. Parton CC", "Mr. S. D. Sheahan CC",
                "Mr. G. Welsh CC", "Mrs. M. Wright CC");
        assertThat(attendance.get("apologies")).isEmpty();
    }

    @Test
    void aMembersAttendanceRateCountsTheMeetingsOfTheirCommitteeHeldInThePeriod() throws Exception {
        JsonNode bentley = get("/api/members/bentley/attendance?from=2020-01-01&to=2021-12-31");
        assertThat(bentley.get("expected").asInt()).isEqualTo(2);
        assertThat(bentley.get("attended").asInt()).isEqualTo(1);
        assertThat(bentley.get("rate").asDouble()).isEqualTo(0.5);
        JsonNode fryer = get("/api/members/fryer/attendance?from=2020-01-01&to=2021-12-31");
        assertThat(fryer.get("attended").asInt())
                .as("002's page lists no attendance: it records Mrs H Fryer CC's reply, not her presence")
                .isEqualTo(1);
    }

    @Test
    void theDeclarationsRegisterRecordsThatNoneWereMadeAtEitherMeeting() throws Exception {
        JsonNode register = get("/api/declarations?committeeId=leics-cfosc");
        assertThat(texts(register.get("items"), "kind"))
                .containsExactlyInAnyOrder("no-interests", "no-party-whip", "no-interests", "no-party-whip");
        assertThat(texts(get("/api/declarations?committeeId=leics-cfosc&from=2021-01-01").get("items"), "itemNumber"))
                .containsExactlyInAnyOrder("32", "33");
    }

    @Test
    void theDecisionRegisterHoldsEveryDecisionInTheOrderOfTheMinutesResolutionsWithTheirLetteredParts()
            throws Exception {
        JsonNode nov2020 = getList("/api/meetings/" + NOV_2020 + "/decisions");
        assertThat(texts(nov2020, "itemNumber")).containsExactly("19", "26", "26", "26", "27", "28", "29", "30", "31");
        assertThat(texts(nov2020, "kind")).containsExactly("previous-minutes", "resolution", "further-report",
                "referral", "resolution", "resolution", "resolution", "resolution", "resolution");
        JsonNode item26 = nov2020.get(1);
        assertThat(item26.get("form").asText()).isEqualTo("RESOLVED");
        assertThat(texts(item26.get("parts"), "label")).containsExactly("a)", "b)", "c)");
        assertThat(item26.get("parts").get(1).get("text").asText()).isEqualTo("That a further report be presented "
                + "to the Children and Families Overview and Scrutiny Committee on 19 January 2021;");
        assertThat(item26.get("outcome").asText()).isEqualTo("CARRIED");

        // 8 resolutions, the confirmation of the previous minutes, 2 further reports and a referral
        assertThat(getList("/api/meetings/" + NOV_2021 + "/decisions")).hasSize(12);
        JsonNode cabinet = get("/api/decisions?committeeId=leics-cfosc&q=cabinet");
        assertThat(texts(cabinet.get("items"), "itemNumber")).containsExactly("26");
        JsonNode neuro = get("/api/decisions?q=Neurodevelopmental%20Pathway&from=2021-01-01");
        assertThat(texts(neuro.get("items"), "kind")).containsExactly("resolution", "further-report");
        assertThat(texts(neuro.get("items"), "meetingId")).containsOnly(NOV_2021);
    }

    @Test
    void theQuestionOfMrsWhitingKeepsItsAnswerSupplementaryAndOutstandingWrittenReply() throws Exception {
        JsonNode questions = getList("/api/meetings/" + NOV_2021 + "/questions");
        assertThat(questions).hasSize(1);
        JsonNode whiting = questions.get(0);
        assertThat(whiting.get("askedBy").get("name").asText()).isEqualTo("Mrs Sue Whiting");
        assertThat(whiting.get("text").asText()).startsWith("Could the Chair please explain how Panels");
        assertThat(whiting.get("standingOrder").asText()).isEqualTo("Standing Order 34");
        assertThat(whiting.get("answer").get("text").asText()).startsWith("Panels to support decision making");
        assertThat(whiting.get("supplementary").get("text").asText())
                .startsWith("Mrs Whiting asked a supplementary question");
        assertThat(whiting.get("supplementaryWrittenReply").get("promisedBy").get("role").asText())
                .isEqualTo("the Director of Children and Family Services");
        assertThat(whiting.get("outstandingReply").asBoolean()).isTrue();
        assertThat(texts(get("/api/questions/outstanding-replies").get("items"), "questionId")).contains("q-whiting");
        assertThat(texts(get("/api/questions?kind=PUBLIC&committeeId=leics-cfosc").get("items"), "questionId"))
                .containsExactly("q-whiting");
    }

    @Test
    void actionsAndReferralsAreOpenAndTheReportDueInJanuary2021IsOverdue() throws Exception {
        JsonNode nov2020 = getList("/api/meetings/" + NOV_2020 + "/actions");
        assertThat(texts(nov2020, "kind")).containsExactly("FURTHER_REPORT", "REFERRAL");
        assertThat(nov2020.get(0).get("dueDate").asText()).isEqualTo("2021-01-19");
        assertThat(nov2020.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(nov2020.get(1).get("toBody").asText()).isEqualTo("Cabinet");

        // of this committee: other tests record referrals of other councils' committees in the same stack
        JsonNode referrals = get("/api/actions?kind=REFERRAL&status=OPEN&committeeId=leics-cfosc");
        assertThat(texts(referrals.get("items"), "toBody")).containsExactlyInAnyOrder("Cabinet",
                "Children's Social Care Panel");
        assertThat(texts(get("/api/actions?status=OVERDUE").get("items"), "actionId")).contains("action-26-b");
    }

    @Test
    void theMinutesHoldTheWholeRecordInOrder() throws Exception {
        JsonNode minutes = get("/api/meetings/" + NOV_2020 + "/minutes");
        assertThat(minutes.get("closedAt").asText()).isEqualTo("12:12:00");
        assertThat(minutes.get("chair").get("name").asText()).isEqualTo("Mrs. H. J. Fryer CC");
        JsonNode item19 = minutes.get("items").get(0);
        assertThat(item19.get("business").get(0).get("fact").asText()).isEqualTo("previous-minutes");
        assertThat(item19.get("business").get(0).get("confirmedMeetingDate").asText()).isEqualTo("2020-09-01");
        JsonNode item26 = minutes.get("items").get(7).get("business");
        assertThat(texts(item26, "fact")).containsExactly("report", "minute", "resolution", "further-report",
                "referral");
        assertThat(item26.get(1).get("blocks").get(1).get("items")).hasSize(3);
        assertThat(minutes.get("items").get(12).get("business").get(1).get("dates")).hasSize(5);
    }

    @Test
    void aClerkAskingForAVersionNotYetProjectedIsToldTheReadModelIsBehind() throws Exception {
        Http.Response behind = Http.get(query("/api/meetings/" + NOV_2020 + "/decisions?minVersion=999"));
        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.json().get("type").asText()).endsWith("/read-model-behind");
        assertThat(behind.json().get("rule").asText()).isEqualTo("read-model-behind");
        assertThat(behind.json().get("projectedVersion").asLong()).isEqualTo(53);
        assertThat(behind.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void aCommitteesDecisionRegisterFromItsCalendarIsTheRegisterTheCollectionAnswers() throws Exception {
        // without other filters the register is read from the committee's calendar and its meetings' records;
        // with any (here a period that takes in every meeting) from the register's collection
        for (int limit : new int[]{50, 4}) {
            for (int page = 0; page * limit < 25; page++) {
                String paging = "&limit=" + limit + "&page=" + page;
                assertThat(get("/api/decisions?committeeId=leics-cfosc" + paging)).as(paging)
                        .isEqualTo(get("/api/decisions?committeeId=leics-cfosc&from=1900-01-01" + paging));
            }
        }
        assertThat(get("/api/decisions?committeeId=leics-cfosc&limit=50").get("items")).hasSize(21);
    }

    @Test
    void listsArePagedWithALimitAndTheNextPage() throws Exception {
        JsonNode first = get("/api/decisions?committeeId=leics-cfosc&limit=5");
        assertThat(first.get("items")).hasSize(5);
        assertThat(first.get("nextPage").asInt()).isEqualTo(1);
        JsonNode last = get("/api/decisions?committeeId=leics-cfosc&limit=5&page=4");
        assertThat(last.get("items")).hasSize(1); // 21 decisions: 9 of 18 November 2020, 12 of 2 November 2021
        assertThat(last.get("nextPage").isNull()).isTrue();
        assertThat(Http.get(query("/api/decisions?limit=500")).status()).isEqualTo(400);
        assertThat(get("/api/decisions?page=2147483647&limit=200").get("items")).isEmpty();
    }

    @Test
    void anUnknownOutcomeOrKindIsRefusedNamingTheValuesThereAre() throws Exception {
        Http.Response outcome = Http.get(query("/api/decisions?outcome=PASSED"));
        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.json().get("parameter").asText()).isEqualTo("outcome");
        assertThat(outcome.json().get("allowed")).extracting(JsonNode::asText).contains("CARRIED", "LOST");
        Http.Response kind = Http.get(query("/api/questions?kind=public-ish"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("allowed")).extracting(JsonNode::asText).containsExactly("PUBLIC", "MEMBER");
    }

    @Test
    void anUnknownKindOrStatusOfADeclarationOrActionIsRefusedNamingTheValuesThereAre() throws Exception {
        Http.Response declaration = Http.get(query("/api/declarations?kind=INTEREST"));
        assertThat(declaration.status()).isEqualTo(400);
        assertThat(declaration.json().get("parameter").asText()).isEqualTo("kind");
        assertThat(declaration.json().get("allowed")).extracting(JsonNode::asText)
                .containsExactly("interest", "party-whip", "no-interests", "no-party-whip");
        Http.Response action = Http.get(query("/api/actions?kind=referral"));
        assertThat(action.json().get("allowed")).extracting(JsonNode::asText)
                .containsExactly("FURTHER_REPORT", "REFERRAL", "ACTION");
        Http.Response status = Http.get(query("/api/actions?status=CLOSED"));
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.json().get("parameter").asText()).isEqualTo("status");
        assertThat(status.json().get("allowed")).extracting(JsonNode::asText)
                .containsExactly("OPEN", "DONE", "OVERDUE");
        // the values allowed are the values the registers hold
        assertThat(get("/api/declarations?committeeId=leics-cfosc&kind=no-interests").get("items")).hasSize(2);
        assertThat(get("/api/actions?kind=REFERRAL").get("items")).isNotEmpty();
    }

    @Test
    void theQueryApiIsDescribedByOpenApi() throws Exception {
        JsonNode api = get("/v3/api-docs");
        assertThat(api.get("paths").has("/api/decisions")).isTrue();
        assertThat(api.get("paths").has("/api/meetings/{meetingId}/minutes")).isTrue();
        assertThat(Http.get(query("/swagger-ui/index.html")).status()).isEqualTo(200);
    }

    private static String query(String path) {
        return minutebook.querySide() + path;
    }

    private static JsonNode get(String path) throws Exception {
        Http.Response answer = Http.get(query(path));
        assertThat(answer.status()).as("GET " + path + ": " + answer.raw().body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode getList(String path) throws Exception {
        JsonNode list = get(path);
        assertThat(list.isArray()).isTrue();
        return list;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).isNull() ? null : element.get(field).asText()));
        return values;
    }
}
