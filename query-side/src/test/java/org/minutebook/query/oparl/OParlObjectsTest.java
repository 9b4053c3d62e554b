package org.minutebook.query.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;
import org.minutebook.events.business.ReportConsidered;
import org.minutebook.events.business.ReportForm;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.resolutions.Amendment;
import org.minutebook.events.resolutions.AmendmentOutcome;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.events.resolutions.VoteMethod;
import org.minutebook.query.decisions.DecisionRows;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.MeetingStory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.BENTLEY;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.WELSH;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/**
 * The meeting of 18 November 2020 as OParl objects: each kind checked against OParl 1.1's published schemas, and
 * what each says of the meeting (its items' results and resolutions, the votes as Popolo motions, who attended and
 * declared, the report struck out as a tombstone, the exempt item withheld).
 */
class OParlObjectsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final OParlSchemas SCHEMAS = new OParlSchemas();
    private static final OParlLinks LINKS = new OParlLinks("https://minutes.example.org/");
    private static final String BODY = "leicestershire-county-council";
    private static final Person WHITING = new Person(null, "Mrs Sue Whiting");
    private static final Person DIRECTOR = new Person(null, "Jane Moore", "Director of Children and Family Services");

    private static final MeetingStory STORY = ofAMeeting().then(scheduled(),
            new AgendaItemAdded(MEETING, "item-26", "26", null, 1, "Children and Family Services Budget", null,
                    null, List.of(new AgendaDocument("Report of the Director", "https://cabinet.leics.gov.uk/r26.pdf",
                    "PDF", "238 KB", false)), null),
            item("27", 2),
            new AgendaItemAdded(MEETING, "item-31", "31", null, 3, "Foster carer allowances ZQXEXEMPT", null, null,
                    List.of(), new Exemption("3", "Financial affairs")),
            opened(),
            new MemberAttended(MEETING, FRYER),
            new ApologyRecorded(MEETING, new Person(null, "Councillor Cole"), null),
            new SubstituteRecorded(MEETING, WHITING, BENTLEY),
            new OfficerAttended(MEETING, DIRECTOR, "Director"),
            new InterestDeclared(MEETING, "d-1", new Person(null, "Mr. G. Welsh CC"), "item-26",
                    "a family member works for the service", InterestCategory.NON_REGISTRABLE, false, false, null),
            new ReportConsidered(MEETING, "item-26", ReportForm.REPORT, "Budget report", "the Director",
                    List.of(DIRECTOR), "Agenda item 26"),
            new ResolutionPassed(MEETING, "item-26", "res-26", ResolutionForm.RESOLVED, null, List.of(
                    new ResolutionPart("a)", "That the report be noted;"),
                    new ResolutionPart("b)", "That the Cabinet be advised of the comments made.")),
                    FRYER, WELSH, new Vote(7, 1, 0, List.of(new MemberVote(FRYER, Ballot.FOR),
                    new MemberVote(WELSH, Ballot.AGAINST)), null)),
            new MotionLost(MEETING, "item-27", null, ResolutionForm.RESOLVED, null,
                    List.of(new ResolutionPart(null, "That the item be deferred.")), WELSH, null,
                    new Vote(1, 5, 2, List.of(), null)),
            new ReportConsidered(MEETING, "item-27", ReportForm.BRIEFING_NOTE, "Briefing note", null, List.of(),
                    null),
            new ResolutionPassed(MEETING, "item-31", "res-31", ResolutionForm.RESOLVED, null,
                    List.of(new ResolutionPart(null, "ZQXEXEMPT allowances")), null, null, null),
            closed());
    private static final long BRIEFING_NOTE = 13;
    private static final MeetingRecord RECORD = STORY.then(new FactCorrected(MEETING, BRIEFING_NOTE,
            "minutebook.ReportConsidered", null, "No briefing note was before the meeting", FRYER, null)).record();
    private static final MeetingRecord PUBLISHED = RECORD.asPublished(RECORD);
    private static final MeetingObjects OBJECTS = new MeetingObjects(PUBLISHED, BODY,
            List.of(new Person("whiting", "Mrs Sue Whiting")), DecisionRows.of(PUBLISHED), LINKS);

    @Test
    void theMeetingIsAValidMeetingWithItsItemsLocationAgendaAndMinutes() {
        JsonNode meeting = valid(OBJECTS.meeting(), "Meeting");

        assertThat(meeting.get("id").asText()).isEqualTo("https://minutes.example.org/oparl/v1/meetings/" + MEETING);
        assertThat(meeting.get("start").asText()).isEqualTo("2020-11-18T09:30:00Z");
        assertThat(meeting.get("end").asText()).isEqualTo("2020-11-18T12:12:00Z");
        assertThat(meeting.get("meetingState").asText()).isEqualTo("closed");
        assertThat(meeting.get("resultsProtocol").get("accessUrl").asText())
                .isEqualTo("https://minutes.example.org/api/meetings/" + MEETING + "/minutes.html");
        assertThat(meeting.has("verbatimProtocol")).isFalse();
        assertThat(meeting.get("agendaItem").findValuesAsText("number")).containsExactly("26", "27", "31");
        assertThat(meeting.get("created").asText()).isEqualTo("2020-11-18T09:00:00.000Z");
        assertThat(meeting.get("modified").asText()).isEqualTo("2020-11-18T09:16:00.000Z");
    }

    @Test
    void theMeetingSaysWhoAttendedInWhatCapacityAndWhoTookPart() {
        JsonNode meeting = valid(OBJECTS.meeting(), "Meeting");

        assertThat(meeting.get("minutebook:attendance").findValuesAsText("capacity"))
                .containsExactly("present", "apologies", "substitute", "officer");
        JsonNode substitute = meeting.get("minutebook:attendance").get(2);
        assertThat(substitute.get("name").asText()).isEqualTo("Mrs Sue Whiting");
        assertThat(substitute.get("person").asText()).as("named without her id, she is the member named with it")
                .isEqualTo(LINKS.person(BODY, "id:whiting"));
        assertThat(substitute.get("forMember").asText()).isEqualTo(LINKS.person(BODY, "id:bentley"));
        assertThat(meeting.get("participant")).hasSize(3);
    }

    @Test
    void item26IsResolvedWithItsLetteredResolutionAndItsVoteAsAPopoloMotion() {
        JsonNode item = valid(OBJECTS.item("item-26").orElseThrow(), "AgendaItem");

        assertThat(item.get("result").asText()).isEqualTo("Carried");
        assertThat(item.get("resolutionText").asText())
                .isEqualTo("a) That the report be noted;\nb) That the Cabinet be advised of the comments made.");
        assertThat(item.get("public").asBoolean()).isTrue();
        JsonNode motion = item.get("minutebook:motions").get(0);
        assertThat(motion.get("result").asText()).isEqualTo("pass");
        assertThat(motion.get("creator_id").asText()).isEqualTo(LINKS.person(BODY, "id:fryer"));
        JsonNode vote = motion.get("vote_events").get(0);
        assertThat(vote.get("counts").toString())
                .isEqualTo("[{\"option\":\"yes\",\"value\":7},{\"option\":\"no\",\"value\":1},"
                        + "{\"option\":\"abstain\",\"value\":0}]");
        assertThat(vote.get("votes").findValuesAsText("option")).containsExactly("yes", "no");
        assertThat(item.get("minutebook:declarations").get(0).get("person").asText())
                .as("Mr Welsh declared without his id: he is the member who seconded with it")
                .isEqualTo(LINKS.person(BODY, "id:welsh"));
        assertThat(item.get("auxiliaryFile").get(0).get("accessUrl").asText())
                .isEqualTo("https://cabinet.leics.gov.uk/r26.pdf");
    }

    @Test
    void item27sLostMotionIsAFailedMotionWithItsCounts() {
        JsonNode item = valid(OBJECTS.item("item-27").orElseThrow(), "AgendaItem");

        assertThat(item.get("result").asText()).isEqualTo("Lost");
        assertThat(item.has("resolutionText")).isFalse();
        assertThat(item.get("minutebook:motions").get(0).get("result").asText()).isEqualTo("fail");
        assertThat(item.get("minutebook:motions").get(0).get("vote_events").get(0).get("counts")
                .findValuesAsText("value")).containsExactly("1", "5", "2");
    }

    @Test
    void theExemptItemShowsOnlyItsNumberAndThatItIsNotPublic() {
        JsonNode item = valid(OBJECTS.item("item-31").orElseThrow(), "AgendaItem");

        assertThat(item.get("public").asBoolean()).isFalse();
        assertThat(item.get("name").asText()).isEqualTo("Exempt item");
        assertThat(item.toString()).doesNotContain("ZQXEXEMPT").doesNotContain("res-31");
        assertThat(valid(OBJECTS.meeting(), "Meeting").toString()).doesNotContain("ZQXEXEMPT");
    }

    @Test
    void theReportAndTheDocumentArePapersAndTheStruckOutBriefingNoteATombstone() {
        JsonNode report = valid(OBJECTS.paper(Papers.reportKey(10)).orElseThrow(), "Paper");
        assertThat(report.get("name").asText()).isEqualTo("Budget report");
        assertThat(report.get("originatorPerson").get(0).asText())
                .isEqualTo(LINKS.person(BODY, "name:jane moore"));

        JsonNode document = valid(OBJECTS.paper(Papers.documentKey("item-26", 0)).orElseThrow(), "Paper");
        assertThat(document.get("mainFile").get("mimeType").asText()).isEqualTo("application/pdf");

        JsonNode struck = valid(OBJECTS.paper(Papers.reportKey(BRIEFING_NOTE)).orElseThrow(), "Paper");
        assertThat(struck.get("deleted").asBoolean()).isTrue();
        assertThat(struck.has("name")).isFalse();
        assertThat(struck.get("modified").asText()).isEqualTo("2020-11-18T09:16:00.000Z");
    }

    @Test
    void theAgendaTheMinutesAndADocumentAreFilesAndTheVenueALocation() {
        valid(OBJECTS.file(Papers.AGENDA).orElseThrow(), "File");
        valid(OBJECTS.file(Papers.MINUTES).orElseThrow(), "File");
        valid(OBJECTS.file(Papers.documentKey("item-26", 0)).orElseThrow(), "File");
        assertThat(valid(OBJECTS.location(), "Location").get("description").asText())
                .isEqualTo("County Hall, Glenfield");
    }

    @Test
    void theSystemABodyAnOrganizationAMembershipAPersonAndAListAreValid() {
        valid(new OParlSystem(LINKS.system(), OParlType.SYSTEM.url(), OParlType.VERSION, "minutebook",
                LINKS.bodies(), LINKS.site(), null, LINKS.site()), "System");
        valid(new OParlBody(LINKS.body(BODY), OParlType.BODY.url(), LINKS.system(), "Leicestershire County Council",
                LINKS.bodyList(BODY, "organizations"), LINKS.bodyList(BODY, "people"),
                LINKS.bodyList(BODY, "meetings"), LINKS.bodyList(BODY, "papers"), List.of(), "council",
                LINKS.site(), "2020-11-01T10:00:00.000Z", "2020-11-02T10:00:00.000Z"), "Body");
        valid(new OParlOrganization(LINKS.organization("leics-cfosc"), OParlType.ORGANIZATION.url(),
                LINKS.body(BODY), "Children and Families Overview and Scrutiny Committee",
                List.of(LINKS.membership("leics-cfosc", 0)), LINKS.organizationMeetings("leics-cfosc"), "committee",
                "overview and scrutiny committee", LINKS.committeePage("leics-cfosc"), null, null), "Organization");
        OParlMembership membership = new OParlMembership(LINKS.membership("leics-cfosc", 0),
                OParlType.MEMBERSHIP.url(), LINKS.person(BODY, "id:fryer"), LINKS.organization("leics-cfosc"),
                "chair", "2020-05-01", null);
        valid(membership, "Membership");
        valid(new OParlPerson(LINKS.person(BODY, "id:fryer"), OParlType.PERSON.url(), LINKS.body(BODY),
                "Mrs. H. J. Fryer CC", null, List.of(membership), "2020-11-18T09:05:00.000Z",
                "2020-11-18T09:05:00.000Z", null), "Person");
        valid(new OParlPerson(LINKS.person(BODY, "name:councillor cole"), OParlType.PERSON.url(), null, null, null,
                null, "2020-11-18T09:06:00.000Z", "2020-11-19T10:00:00.000Z", true), "Person");
        JsonNode page = JSON.valueToTree(OParlPages.list(LINKS.bodyList(BODY, "meetings"),
                TimeFilters.of(null, null, "2020-11-18T09:00:00+00:00", null), List.of(OBJECTS.meeting()),
                OParlPages.paging(1, 50)));
        assertThat(SCHEMAS.errorsOfList(page)).isEmpty();
        assertThat(page.get("links").get("self").asText()).contains("modified_since=2020-11-18T09:00:00.000Z");
    }

    @Test
    void anAmendmentIsAMotionOfItsOwnAndARecordedVoteByNameKeepsWhoWasAbsentAndTheStatutoryRecord() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("26", 1), opened(),
                new ResolutionPassed(MEETING, "item-26", "res-26", ResolutionForm.RESOLVED, null,
                        List.of(new ResolutionPart(null, "That the budget be approved.")), FRYER, WELSH,
                        new Vote(null, null, null, List.of(new MemberVote(FRYER, Ballot.FOR),
                                new MemberVote(WELSH, Ballot.ABSENT)), null, VoteMethod.RECORDED), List.of(),
                        List.of(new Amendment("am-1", "To add 'subject to consultation'", WELSH, null,
                                AmendmentOutcome.LOST, new Vote(1, 5, 0, List.of(), null), List.of())),
                        new StatutoryRecord("Cabinet", "The budget must be set by law", null, null, null, true, true,
                                LocalDate.of(2020, 11, 25), null), null)).record();
        MeetingObjects objects = new MeetingObjects(record, BODY, List.of(), DecisionRows.of(record), LINKS);

        JsonNode motions = valid(objects.item("item-26").orElseThrow(), "AgendaItem").get("minutebook:motions");

        assertThat(List.of(motions.get(0).get("identifier").asText(), motions.get(1).get("identifier").asText()))
                .containsExactly("res-26", "am-1");
        assertThat(motions).hasSize(2);
        JsonNode vote = motions.get(0).get("vote_events").get(0);
        assertThat(vote.get("minutebook:method").asText()).isEqualTo("recorded");
        assertThat(vote.get("votes").findValuesAsText("option")).containsExactly("yes", "absent");
        assertThat(vote.get("counts").get(0).get("value").asInt()).as("counted from the votes cast").isEqualTo(1);
        assertThat(motions.get(0).get("minutebook:statutoryDecision").get("decisionMaker").asText())
                .isEqualTo("Cabinet");
        JsonNode amendment = motions.get(1);
        assertThat(amendment.get("minutebook:amends").asText()).isEqualTo("res-26");
        assertThat(amendment.get("result").asText()).isEqualTo("fail");
        assertThat(amendment.get("creator_id").asText()).isEqualTo(LINKS.person(BODY, "id:welsh"));
    }

    @Test
    void anObjectAgainstItsSchemaFailsWhenItBreaksIt() {
        JsonNode broken = JSON.valueToTree(new OParlAgendaItem("not a url", OParlType.AGENDA_ITEM.url(), null, "1",
                1, "Item", true, null, null, List.of(new OParlFile(LINKS.file(MEETING, "x"), OParlType.FILE.url(),
                "x", null, "18 November", null, null, null, null, null, null, null)), null, "yesterday", null, null,
                null));

        assertThat(SCHEMAS.errorsOf(broken)).anyMatch(error -> error.contains("$.id"))
                .anyMatch(error -> error.contains("$.auxiliaryFile[0]") && error.contains("accessUrl"))
                .anyMatch(error -> error.contains("$.auxiliaryFile[0]") && error.contains("date"))
                .anyMatch(error -> error.contains("created"));
    }

    private static JsonNode valid(Object object, String kind) {
        JsonNode json = JSON.valueToTree(object);
        assertThat(OParlSchemas.kindOf(json)).isEqualTo(kind);
        assertThat(SCHEMAS.errorsOf(json)).as(json.toPrettyString()).isEmpty();
        return json;
    }
}
