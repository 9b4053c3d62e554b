package org.minutebook.command.resolutions;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.attendance.RecordApology;
import org.minutebook.command.attendance.RecordEarlyDeparture;
import org.minutebook.command.committees.Quorum;
import org.minutebook.command.declarations.DeclareInterest;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.command.meetings.TakeMeetingRole;
import org.minutebook.command.platform.ContractConstraints;
import org.minutebook.command.platform.CouncilScope;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.committees.WhenInquorate;
import org.minutebook.events.declarations.InterestCategory;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.QuorumCount;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.events.resolutions.VoteMethod;

import java.util.ArrayList;
import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.BENTLEY;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;
import static org.minutebook.command.meetings.TheMinutes.FELTHAM;
import static org.minutebook.command.meetings.TheMinutes.FRYER;
import static org.minutebook.command.meetings.TheMinutes.KAUFMAN;
import static org.minutebook.command.meetings.TheMinutes.PARTON;
import static org.minutebook.command.meetings.TheMinutes.SHEAHAN;
import static org.minutebook.command.meetings.TheMinutes.WELSH;
import static org.minutebook.command.meetings.TheMinutes.WRIGHT;

/**
 * Who may vote at each item of Leicestershire's Children and Families Overview and Scrutiny Committee on 2 November
 * 2021, its eight members present, Mrs H. J. Fryer CC in the Chair: the chair at each item is whoever presided at it
 * (Local Government Act 1972, Sch. 12, para. 39), not whoever was recorded in the chair last; only those present in
 * law at the item, not barred by an interest (Localism Act 2011, s.31(4)) and not taking no part, vote; no more votes
 * than there were members entitled; no decision without the quorum the standing orders fix. The divided votes are
 * what such a committee would have recorded.
 */
class WhoMayVoteRulesTest {

    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;
    private static final List<ResolutionPart> REPORT_NOTED = List.of(new ResolutionPart(null,
            "That the report be noted."));
    private static final Vote FOUR_ALL_ON_THE_CHAIRS_VOTE = new Vote(4, 4, 0, null, new MemberVote(FRYER, Ballot.FOR));

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    // --- who presides at each item

    @Test
    @DisplayName("Mr Kaufman took the chair from item 40, recorded first: Mrs Fryer's casting vote on item 38 carries it")
    void aCastingVoteAtAnEarlierItemIsThatOfWhoeverPresidedThere() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(kaufmanInTheChairFrom("40"))
                .when(reportNoted("38", FOUR_ALL_ON_THE_CHAIRS_VOTE))
                .expectEvents(reportNotedAt("38", FOUR_ALL_ON_THE_CHAIRS_VOTE));
    }

    @Test
    @DisplayName("casting-vote-not-by-chair: Mr Kaufman, in the Chair only from item 40, has no casting vote on item 38")
    void castingVoteNotByWhoeverPresidedAtTheItem() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(kaufmanInTheChairFrom("40"))
                .when(reportNoted("38", new Vote(4, 4, 0, null, new MemberVote(KAUFMAN, Ballot.FOR))))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("casting-vote-not-by-chair").at("vote.castingVote"))
                .expectExceptionMessage("A casting vote is the vote, for or against, of the person presiding at the"
                        + " item (Mrs. H. J. Fryer CC)");
    }

    @Test
    @DisplayName("On item 41 the casting vote is Mr Kaufman's, who presided from item 40")
    void aCastingVoteAtALaterItemIsTheNewChairs() {
        Vote kaufmansVote = new Vote(4, 4, 0, null, new MemberVote(KAUFMAN, Ballot.FOR));
        fixture.given(MEETING.inSessionInFull())
                .andGiven(kaufmanInTheChairFrom("40"))
                .when(reportNoted("41", kaufmansVote))
                .expectEvents(reportNotedAt("41", kaufmansVote));
    }

    // --- who is present at each item

    @Test
    @DisplayName("voter-not-present: Mr Bentley left the meeting during item 38, so did not vote on item 40")
    void voterLeftDuringAnEarlierItem() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(new MemberLeftEarly(MEETING.id(), BENTLEY, MEETING.item("38")))
                .when(reportNoted("40", byName(votedFor(BENTLEY), votedFor(FRYER))))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("voter-not-present").at("vote.memberVotes[0].member"))
                .expectExceptionMessage("Mr. I. E. G. Bentley CC left the meeting earlier, during item 38, so cannot"
                        + " vote on item 40");
    }

    @Test
    @DisplayName("voter-not-present: Mr Welsh arrived during item 40, so did not vote on item 39")
    void voterArrivedDuringALaterItem() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(new MemberArrivedLate(MEETING.id(), WELSH, MEETING.item("40")))
                .when(reportNoted("39", byName(votedFor(FRYER), votedFor(WELSH))))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("voter-not-present").at("vote.memberVotes[1].member"));
    }

    @Test
    @DisplayName("voter-not-present: Mr Sheahan, a governor of the school, left the room for item 39")
    void voterLeftTheRoomForTheItem() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(interest("sheahan-39", SHEAHAN, "39", InterestCategory.OTHER_REGISTRABLE, true, false, null))
                .when(reportNoted("39", byName(votedFor(FRYER), votedAgainst(SHEAHAN), votedFor(BENTLEY))))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("voter-not-present").at("vote.memberVotes[1].member"));
    }

    @Test
    @DisplayName("voter-not-present: Dr Feltham attended remotely, not present in law in England since May 2021")
    void voterAttendingRemotelyIsNotPresentInEngland() {
        fixture.given(felthamRemote())
                .when(reportNoted("39", byName(votedFor(FELTHAM))))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("voter-not-present").at("vote.memberVotes[0].member"))
                .expectExceptionMessage("Dr. R. K. A. Feltham CC attended remotely, which is not presence in law for"
                        + " this committee, so cannot vote on item 39");
    }

    @Test
    @DisplayName("Where the standing orders count remote attendance (as in Wales), Dr Feltham's vote from home counts")
    void voterAttendingRemotelyVotesWhereTheStandingOrdersSaySo() {
        Vote fromHome = byName(votedFor(FELTHAM));
        FixtureConfiguration<Meeting> wales = fixtureWith(new Quorum(3, WhenInquorate.REFUSED, true));
        wales.given(felthamRemote())
                .when(reportNoted("39", fromHome))
                .expectEvents(reportNotedAt("39", fromHome));
    }

    // --- who is barred from voting

    @Test
    @DisplayName("voter-barred-by-interest: Mr Parton, a foster carer paid by the council, has no dispensation for item 39")
    void voterWithAPecuniaryInterestAndNoDispensation() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(interest("parton-39", PARTON, "39", InterestCategory.DISCLOSABLE_PECUNIARY, false, false,
                        null))
                .when(reportNoted("39", byName(votedFor(FRYER), votedFor(PARTON))))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("voter-barred-by-interest").at("vote.memberVotes[1].member"))
                .expectExceptionMessage("Mr T. Parton CC declared a disclosable pecuniary interest in item 39 and"
                        + " holds no dispensation, so may not vote on it (Localism Act 2011, s.31(4))");
    }

    @Test
    @DisplayName("With the Monitoring Officer's dispensation, Mr Parton votes on item 39")
    void voterWithAPecuniaryInterestAndADispensation() {
        Vote withDispensation = byName(votedFor(FRYER), votedFor(PARTON));
        fixture.given(MEETING.inSessionInFull())
                .andGiven(interest("parton-39", PARTON, "39", InterestCategory.DISCLOSABLE_PECUNIARY, false, false,
                        "granted by the Monitoring Officer on 1 October 2021"))
                .when(reportNoted("39", withDispensation))
                .expectEvents(reportNotedAt("39", withDispensation));
    }

    @Test
    @DisplayName("voter-took-no-part: Mrs Wright said she would take no part in the vote on item 39")
    void voterWhoTookNoPart() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(interest("wright-39", WRIGHT, "39", InterestCategory.NON_REGISTRABLE, false, true, null))
                .when(reportNoted("39", byName(votedFor(WRIGHT))))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("voter-took-no-part").at("vote.memberVotes[0].member"));
    }

    @Test
    @DisplayName("mover-barred-by-interest: Mr Parton, with a pecuniary interest in item 39, cannot move its motion")
    void moverWithAPecuniaryInterest() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(interest("parton-39", PARTON, "39", InterestCategory.DISCLOSABLE_PECUNIARY, false, false,
                        null))
                .when(new PassResolution(MEETING.id(), MEETING.item("39"), "resolved-39", ResolutionForm.RESOLVED,
                        null, REPORT_NOTED, PARTON, null, null, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("mover-barred-by-interest").at("movedBy"));
    }

    @Test
    @DisplayName("votes-exceed-those-entitled: with Mr Bentley gone after item 38, eight votes on item 40 are one too many")
    void votesExceedThoseEntitled() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(new MemberLeftEarly(MEETING.id(), BENTLEY, MEETING.item("38")))
                .when(reportNoted("40", new Vote(5, 3, 0, null, null)))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("votes-exceed-those-entitled").at("vote"))
                .expectExceptionMessage("8 votes are recorded, but only 7 members present at item 40 were entitled"
                        + " to vote");
    }

    // --- the quorum

    @Test
    @DisplayName("meeting-inquorate: four members present where the standing orders require five and allow nothing less")
    void aDecisionWithoutAQuorumIsRefusedWhereTheStandingOrdersSaySo() {
        fixtureWith(new Quorum(5, WhenInquorate.REFUSED, false))
                .given(MEETING.inSessionWith(FRYER, BENTLEY, FELTHAM, KAUFMAN))
                .when(reportNoted("39", null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("meeting-inquorate").at("itemId"))
                .expectExceptionMessage("Only 4 members were present at item 39, where the quorum is 5: the"
                        + " committee's standing orders allow no decision without it");
    }

    @Test
    @DisplayName("Where the standing orders flag it, the decision taken with four members of five is recorded as inquorate")
    void aDecisionWithoutAQuorumIsFlaggedWhereTheStandingOrdersSaySo() {
        fixtureWith(new Quorum(5, WhenInquorate.FLAGGED, false))
                .given(MEETING.inSessionWith(FRYER, BENTLEY, FELTHAM, KAUFMAN))
                .when(reportNoted("39", null))
                .expectEvents(new ResolutionPassed(MEETING.id(), MEETING.item("39"), "resolved-39",
                        ResolutionForm.RESOLVED, null, REPORT_NOTED, null, null, null, List.of(), List.of(), null,
                        new QuorumCount(4, 5)));
    }

    // --- a fact recorded after the vote it would make unlawful

    @Test
    @DisplayName("contradicts-recorded-vote: Mr Bentley, recorded voting on item 40, cannot then be recorded leaving during 38")
    void aDepartureBeforeARecordedVoteIsRefused() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(reportNotedAt("40", byName(votedFor(BENTLEY))))
                .when(new RecordEarlyDeparture(MEETING.id(), BENTLEY, MEETING.item("38"), null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("contradicts-recorded-vote").at("itemId"))
                .expectExceptionMessage("Mr. I. E. G. Bentley CC, recorded voting on item 40, left the meeting"
                        + " earlier, during item 38");
    }

    @Test
    @DisplayName("contradicts-recorded-vote: Mr Kaufman cannot be recorded in the Chair from item 38, where Mrs Fryer gave the casting vote")
    void aChangeOfChairBeforeARecordedCastingVoteIsRefused() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(reportNotedAt("38", FOUR_ALL_ON_THE_CHAIRS_VOTE))
                .when(new TakeMeetingRole(MEETING.id(), MeetingRole.CHAIR, KAUFMAN, MEETING.item("38"), null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("contradicts-recorded-vote").at("fromItemId"));
    }

    @Test
    @DisplayName("contradicts-recorded-vote: Mr Parton, recorded voting on item 39, cannot then declare a pecuniary interest in it")
    void anInterestBarringARecordedVoteIsRefused() {
        fixture.given(MEETING.inSessionInFull())
                .andGiven(reportNotedAt("39", byName(votedFor(PARTON))))
                .when(new DeclareInterest(MEETING.id(), "parton-39", PARTON, MEETING.item("39"), "a foster carer",
                        InterestCategory.DISCLOSABLE_PECUNIARY, false, false, null, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("contradicts-recorded-vote").at("member"));
    }

    @Test
    @DisplayName("With no PRESENT list, Mr Welsh's vote on item 39 makes his apologies a contradiction")
    void apologiesForAMemberRecordedVotingAreRefused() {
        fixture.given(MEETING.inSession())
                .andGiven(reportNotedAt("39", byName(votedFor(WELSH))))
                .when(new RecordApology(MEETING.id(), WELSH, null, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("contradicts-recorded-vote").at("member"));
    }

    // --- the story's facts

    private static List<Object> felthamRemote() {
        List<Object> given = new ArrayList<>(MEETING.inSessionWith(FRYER, BENTLEY, KAUFMAN, PARTON));
        given.add(new MemberAttended(MEETING.id(), FELTHAM, AttendanceMode.REMOTE));
        return given;
    }

    private static FixtureConfiguration<Meeting> fixtureWith(Quorum quorum) {
        FixtureConfiguration<Meeting> fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(MEETING.roster().withQuorum(quorum));
        fixture.registerInjectableResource(CouncilScope.NOT_CHECKED);
        fixture.registerInjectableResource(ContractConstraints.validator());
        return fixture;
    }

    private static MeetingRoleTaken kaufmanInTheChairFrom(String number) {
        return new MeetingRoleTaken(MEETING.id(), MeetingRole.CHAIR, KAUFMAN, MEETING.item(number));
    }

    private static InterestDeclared interest(String id, Person member, String number, InterestCategory category,
                                             boolean leftRoom, boolean tookNoPart, String dispensation) {
        return new InterestDeclared(MEETING.id(), id, member, MEETING.item(number), "a declared interest", category,
                leftRoom, tookNoPart, dispensation);
    }

    private static PassResolution reportNoted(String number, Vote vote) {
        return new PassResolution(MEETING.id(), MEETING.item(number), "resolved-" + number, ResolutionForm.RESOLVED,
                null, REPORT_NOTED, null, null, vote, null);
    }

    private static ResolutionPassed reportNotedAt(String number, Vote vote) {
        return new ResolutionPassed(MEETING.id(), MEETING.item(number), "resolved-" + number,
                ResolutionForm.RESOLVED, null, REPORT_NOTED, null, null, vote);
    }

    private static Vote byName(MemberVote... votes) {
        return new Vote(null, null, null, List.of(votes), null, VoteMethod.RECORDED);
    }

    private static MemberVote votedFor(Person member) {
        return new MemberVote(member, Ballot.FOR);
    }

    private static MemberVote votedAgainst(Person member) {
        return new MemberVote(member, Ballot.AGAINST);
    }
}
