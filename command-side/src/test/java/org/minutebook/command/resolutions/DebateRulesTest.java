package org.minutebook.command.resolutions;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
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

import java.time.LocalDate;
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
 * The debate on item 37, the Written Statement of Action, as a divided committee would have minuted it: Mr Kaufman
 * moved the recommendations, seconded by Mr Bentley; Mr Sheahan moved an amendment to part (b), which was lost on a
 * show of hands and then on a recorded vote; Dr Feltham's amendment adding part (c) was accepted by the mover; the
 * substantive motion as amended was carried. Its parts and amendments have ids, its statutory record its dates.
 */
class DebateRulesTest {

    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;
    private static final List<ResolutionPart> AS_AMENDED = List.of(
            new ResolutionPart("a)", "That the report be noted;"),
            new ResolutionPart("b)", "That the timescales for implementation of a Neurodevelopmental Pathway be"
                    + " presented to a future meeting of the Committee;"),
            new ResolutionPart("c)", "That an update be provided to the Committee when any data relating to delays"
                    + " arising from Covid-19 became available."));
    private static final Vote SHOW_OF_HANDS_LOST = new Vote(null, null, null, null, null, VoteMethod.SHOW_OF_HANDS);
    private static final Vote RECORDED_LOST = new Vote(null, null, null, List.of(
            cast(SHEAHAN, Ballot.FOR), cast(WELSH, Ballot.FOR), cast(FRYER, Ballot.AGAINST),
            cast(BENTLEY, Ballot.AGAINST), cast(KAUFMAN, Ballot.AGAINST), cast(FELTHAM, Ballot.AGAINST),
            cast(PARTON, Ballot.ABSTAIN), cast(WRIGHT, Ballot.DID_NOT_VOTE)), null, VoteMethod.RECORDED);
    private static final Amendment SHEAHANS = new Amendment(null, "That in (b) the words 'by March 2022' be added"
            + " after 'presented'", SHEAHAN, WELSH, AmendmentOutcome.LOST, RECORDED_LOST, List.of(SHOW_OF_HANDS_LOST));
    private static final Amendment FELTHAMS = new Amendment(null, "That a part (c) be added: 'That an update be"
            + " provided…'", FELTHAM, PARTON, AmendmentOutcome.ACCEPTED, null, List.of());
    private static final Vote CARRIED = new Vote(6, 1, 1, null, null, VoteMethod.SHOW_OF_HANDS);

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @Test
    @DisplayName("Item 37: two amendments, one lost twice over and one accepted, then the motion as amended carried")
    void aMotionWithTwoAmendmentsIsRecordedAsTheMinutesTellIt() {
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(SHEAHANS, FELTHAMS), CARRIED, null))
                .expectEvents(new ResolutionPassed(MEETING.id(), MEETING.item("37"), "res-37", ResolutionForm.RESOLVED,
                        null, AS_AMENDED, KAUFMAN, BENTLEY, CARRIED, List.of(), List.of(
                        numbered("1", SHEAHANS), numbered("2", FELTHAMS)), null, null));
    }

    @Test
    @DisplayName("Parts a) to c) are known by their letters, so part (b) can be pointed at")
    void partsAreIdentifiedByTheirLabels() {
        List<ResolutionPart> byLetter = List.of(new ResolutionPart("a", "a)", AS_AMENDED.get(0).text()),
                new ResolutionPart("b", "b)", AS_AMENDED.get(1).text()),
                new ResolutionPart("c", "c)", AS_AMENDED.get(2).text()));
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(), null, null))
                .expectEvents(new ResolutionPassed(MEETING.id(), MEETING.item("37"), "res-37", ResolutionForm.RESOLVED,
                        null, byLetter, KAUFMAN, BENTLEY, null));
    }

    @Test
    @DisplayName("A show of hands whose numbers the minutes do not give, then a recorded vote on request, lose the motion")
    void aMotionLostOnARecordedVoteAfterAShowOfHands() {
        List<ResolutionPart> motion = List.of(new ResolutionPart(null, "That the report be referred back."));
        fixture.given(MEETING.inSessionInFull())
                .when(new RecordLostMotion(MEETING.id(), MEETING.item("38"), "motion-38", ResolutionForm.RESOLVED,
                        null, motion, SHEAHAN, WELSH, RECORDED_LOST, List.of(SHOW_OF_HANDS_LOST), List.of(), null))
                .expectEvents(new MotionLost(MEETING.id(), MEETING.item("38"), "motion-38", ResolutionForm.RESOLVED,
                        null, motion, SHEAHAN, WELSH, RECORDED_LOST, List.of(SHOW_OF_HANDS_LOST), List.of(), null));
    }

    @Test
    @DisplayName("part-id-repeated: parts \"a)\" and \"(a)\" cannot both be part a")
    void partIdRepeated() {
        List<ResolutionPart> twice = List.of(new ResolutionPart("a", "a)", "That the report be noted;"),
                new ResolutionPart("a", "(a)", "That a further report be presented."));
        fixture.given(MEETING.inSessionInFull())
                .when(new PassResolution(MEETING.id(), MEETING.item("37"), "res-37", ResolutionForm.RESOLVED, null,
                        twice, null, null, null, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("part-id-repeated").at("parts[1].partId"));
    }

    @Test
    @DisplayName("amendment-id-repeated: two amendments to one motion cannot both be amendment 1")
    void amendmentIdRepeated() {
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(withId("1", SHEAHANS), withId("1", FELTHAMS)), CARRIED, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("amendment-id-repeated").at("amendments[1].amendmentId"));
    }

    @Test
    @DisplayName("amendment-not-put-to-vote: Dr Feltham's amendment, accepted by the mover, had no vote")
    void amendmentNotPutToVote() {
        Amendment votedThoughAccepted = new Amendment(null, FELTHAMS.text(), FELTHAM, PARTON,
                AmendmentOutcome.ACCEPTED, CARRIED, List.of());
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(votedThoughAccepted), CARRIED, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("amendment-not-put-to-vote").at("amendments[0].vote"));
    }

    @Test
    @DisplayName("vote-does-not-carry: an amendment recorded as carried on a vote of two to six")
    void anAmendmentCarriedOnAVoteThatLosesIt() {
        Amendment carriedOnTwoToSix = new Amendment(null, SHEAHANS.text(), SHEAHAN, WELSH, AmendmentOutcome.CARRIED,
                new Vote(2, 6, 0, null, null), List.of());
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(carriedOnTwoToSix), CARRIED, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("vote-does-not-carry").at("amendments[0].vote"));
    }

    @Test
    @DisplayName("mover-not-present: Mr Sheahan, not on the PRESENT list, did not move an amendment on item 37")
    void anAmendmentsMoverIsPresent() {
        fixture.given(MEETING.inSessionWith(FRYER, BENTLEY, KAUFMAN, FELTHAM, PARTON, WRIGHT, WELSH))
                .when(resolved(List.of(SHEAHANS), CARRIED, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("mover-not-present").at("amendments[0].movedBy"));
    }

    @Test
    @DisplayName("A recorded vote names those absent and those not voting; only those voting are counted")
    void aRecordedVoteMayNameTheAbsentAndThoseNotVoting() {
        Vote withAbsent = new Vote(null, null, null, List.of(cast(FRYER, Ballot.FOR), cast(BENTLEY, Ballot.FOR),
                cast(KAUFMAN, Ballot.ABSENT), cast(WRIGHT, Ballot.DID_NOT_VOTE)), null, VoteMethod.RECORDED);
        fixture.given(MEETING.inSessionWith(FRYER, BENTLEY, WRIGHT))
                .when(new PassResolution(MEETING.id(), MEETING.item("37"), "res-37", ResolutionForm.RESOLVED, null,
                        AS_AMENDED, FRYER, BENTLEY, withAbsent, null))
                .expectEvents(new ResolutionPassed(MEETING.id(), MEETING.item("37"), "res-37", ResolutionForm.RESOLVED,
                        null, AS_AMENDED, FRYER, BENTLEY, withAbsent));
    }

    // --- the statutory record

    @Test
    @DisplayName("Key decision, subject to call-in until 10 November, implemented from 11 November: recorded as stated")
    void theStatutoryRecordAsTheDecisionNoticeStatesIt() {
        StatutoryRecord notice = statutory(true, LocalDate.of(2021, 11, 10), LocalDate.of(2021, 11, 11));
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(), CARRIED, notice))
                .expectEvents(new ResolutionPassed(MEETING.id(), MEETING.item("37"), "res-37", ResolutionForm.RESOLVED,
                        null, AS_AMENDED, KAUFMAN, BENTLEY, CARRIED, List.of(), List.of(), notice, null));
    }

    @Test
    @DisplayName("statutory-date-before-decision: a decision of 2 November cannot be called in only until 1 November")
    void statutoryDateBeforeDecision() {
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(), CARRIED, statutory(true, LocalDate.of(2021, 11, 1), null)))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("statutory-date-before-decision").at("statutory.callInDeadline"));
    }

    @Test
    @DisplayName("call-in-deadline-without-call-in: a decision not subject to call-in has no call-in deadline")
    void callInDeadlineWithoutCallIn() {
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(), CARRIED, statutory(false, LocalDate.of(2021, 11, 10), null)))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("call-in-deadline-without-call-in")
                        .at("statutory.callInDeadline"));
    }

    @Test
    @DisplayName("implemented-before-call-in-ends: called in until 10 November, it is not implemented on 9 November")
    void implementedBeforeCallInEnds() {
        fixture.given(MEETING.inSessionInFull())
                .when(resolved(List.of(), CARRIED, statutory(true, LocalDate.of(2021, 11, 10),
                        LocalDate.of(2021, 11, 9))))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("implemented-before-call-in-ends")
                        .at("statutory.implementationDate"));
    }

    // --- the story's facts

    private static PassResolution resolved(List<Amendment> amendments, Vote vote, StatutoryRecord statutory) {
        return new PassResolution(MEETING.id(), MEETING.item("37"), "res-37", ResolutionForm.RESOLVED, null,
                AS_AMENDED, KAUFMAN, BENTLEY, vote, List.of(), amendments, statutory, null);
    }

    private static StatutoryRecord statutory(boolean subjectToCallIn, LocalDate callInDeadline,
                                             LocalDate implementationDate) {
        return new StatutoryRecord(null, "To track the Written Statement of Action", null, null, null, true,
                subjectToCallIn, callInDeadline, implementationDate);
    }

    private static Amendment numbered(String id, Amendment amendment) {
        return withId(id, amendment);
    }

    private static Amendment withId(String id, Amendment amendment) {
        return new Amendment(id, amendment.text(), amendment.movedBy(), amendment.secondedBy(), amendment.outcome(),
                amendment.vote(), amendment.earlierVotes());
    }

    private static MemberVote cast(Person member, Ballot ballot) {
        return new MemberVote(member, ballot);
    }
}
