package org.minutebook.command.resolutions;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.business.DeferItem;
import org.minutebook.command.business.WithdrawItem;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.Person;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.Vote;

import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.BENTLEY;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_18_NOV_2020;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;
import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;
import static org.minutebook.command.meetings.TheMinutes.CYPS_29_SEP_2020;
import static org.minutebook.command.meetings.TheMinutes.FELTHAM;
import static org.minutebook.command.meetings.TheMinutes.FRYER;
import static org.minutebook.command.meetings.TheMinutes.KAUFMAN;

/**
 * What became of each item. "RESOLVED: That the report be noted." (Leicestershire, 2 November 2021, Mrs H. Fryer
 * CC in the Chair); "This item was deferred." (the High Needs Block Banding consultation, Leicester, 29 September
 * 2020). The votes are what a divided committee would have recorded.
 */
class DecisionRulesTest {

    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;
    private static final MeetingStory SPECIAL_MEETING = CYPS_29_SEP_2020;
    private static final List<ResolutionPart> REPORT_NOTED = List.of(new ResolutionPart(null,
            "That the report be noted."));

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    // --- what each command records

    @Test
    @DisplayName("Item 39, Leicestershire Fostering Agency Statutory Report: \"That the report be noted.\"")
    void passResolution() {
        List<Object> given = MEETING.inSession();
        fixture.given(given)
                .when(reportNoted("39", "resolved-39", null))
                .expectEvents(reportNotedAt("39", "resolved-39"));
    }

    @Test
    @DisplayName("On a tie of four votes to four, the casting vote of Mrs. H. J. Fryer CC carries the motion")
    void passResolutionOnTheChairsCastingVote() {
        Vote tieDecidedByTheChair = new Vote(4, 4, 0, null, new MemberVote(FRYER, Ballot.FOR));
        fixture.given(MEETING.inSession())
                .when(reportNoted("40", "resolved-40", tieDecidedByTheChair))
                .expectEvents(new ResolutionPassed(MEETING.id(), MEETING.item("40"), "resolved-40",
                        ResolutionForm.RESOLVED, null, REPORT_NOTED, null, null, tieDecidedByTheChair));
    }

    @Test
    @DisplayName("A motion on item 37 put to the vote is lost, three votes to five")
    void recordLostMotion() {
        Vote threeToFive = new Vote(3, 5, 0, null, null);
        fixture.given(MEETING.inSessionInFull())
                .when(motionOnItem37Lost(threeToFive))
                .expectEvents(new MotionLost(MEETING.id(), MEETING.item("37"), "motion-37", ResolutionForm.RESOLVED,
                        null, REPORT_NOTED, KAUFMAN, null, threeToFive));
    }

    @Test
    @DisplayName("\"This item was deferred.\": the High Needs Block Banding consultation")
    void deferItem() {
        fixture.given(SPECIAL_MEETING.inSession())
                .when(new DeferItem(SPECIAL_MEETING.id(), SPECIAL_MEETING.item("high-needs-block"), null, null))
                .expectEvents(highNeedsBlockDeferred());
    }

    @Test
    @DisplayName("Item 31, Urgent Items, withdrawn: there were no urgent items for consideration")
    void withdrawItem() {
        fixture.given(MEETING.inSession())
                .when(new WithdrawItem(MEETING.id(), MEETING.item("31"), "No urgent items", null))
                .expectEvents(urgentItemsWithdrawn());
    }

    // --- the rules

    @Test
    @DisplayName("item-deferred: the deferred High Needs Block Banding item has no decision")
    void itemDeferred() {
        fixture.given(SPECIAL_MEETING.inSession())
                .andGiven(highNeedsBlockDeferred())
                .when(new PassResolution(SPECIAL_MEETING.id(), SPECIAL_MEETING.item("high-needs-block"), "agreed-hnb",
                        ResolutionForm.AGREED, null, REPORT_NOTED, null, null, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("item-deferred").at("itemId"))
                .expectExceptionMessage("Item leicester-cyp-2020-09-29-high-needs-block was deferred and has no "
                        + "decision");
    }

    @Test
    @DisplayName("item-withdrawn: the withdrawn Urgent Items item has no decision")
    void itemWithdrawn() {
        fixture.given(MEETING.inSession())
                .andGiven(urgentItemsWithdrawn())
                .when(reportNoted("31", "resolved-31", null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("item-withdrawn").at("itemId"));
    }

    @Test
    @DisplayName("item-already-decided: item 39, its report noted, can no longer be deferred")
    void itemAlreadyDecided() {
        fixture.given(MEETING.inSession())
                .andGiven(reportNotedAt("39", "resolved-39"))
                .when(new DeferItem(MEETING.id(), MEETING.item("39"), "For the next meeting", null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("item-already-decided").at("itemId"));
    }

    @Test
    @DisplayName("resolution-already-recorded: the decision on item 39 is recorded once, under its id")
    void resolutionAlreadyRecorded() {
        fixture.given(MEETING.inSession())
                .andGiven(reportNotedAt("39", "resolved-39"))
                .when(reportNoted("40", "resolved-39", null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("resolution-already-recorded").at("resolutionId"));
    }

    @Test
    @DisplayName("vote-does-not-carry: three votes to five do not pass \"That the report be noted\"")
    void voteDoesNotCarry() {
        fixture.given(MEETING.inSession())
                .when(reportNoted("38", "resolved-38", new Vote(3, 5, 0, null, null)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("vote-does-not-carry").at("vote"));
    }

    @Test
    @DisplayName("vote-does-not-lose: five votes to three carry the motion, so it is not recorded as lost")
    void voteDoesNotLose() {
        fixture.given(MEETING.inSession())
                .when(motionOnItem37Lost(new Vote(5, 3, 0, null, null)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("vote-does-not-lose").at("vote"));
    }

    @Test
    @DisplayName("casting-vote-without-tie: at five votes to three the chair has no casting vote")
    void castingVoteWithoutTie() {
        fixture.given(MEETING.inSession())
                .when(reportNoted("38", "resolved-38", new Vote(5, 3, 0, null, new MemberVote(FRYER, Ballot.FOR))))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("casting-vote-without-tie").at("vote.castingVote"))
                .expectExceptionMessage("The chair has a casting vote only on a tie, not 5 to 3");
    }

    @Test
    @DisplayName("casting-vote-not-by-chair: Mr. J. Kaufman CC is not in the Chair, so has no casting vote")
    void castingVoteNotByChair() {
        fixture.given(MEETING.inSession())
                .when(reportNoted("38", "resolved-38", new Vote(4, 4, 0, null, new MemberVote(KAUFMAN, Ballot.FOR))))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("casting-vote-not-by-chair").at("vote.castingVote"));
    }

    @Test
    @DisplayName("vote-counts-disagree: five votes for, but only four members' votes for are recorded")
    void voteCountsDisagree() {
        List<MemberVote> fourFor = List.of(votedFor(FRYER), votedFor(BENTLEY), votedFor(FELTHAM), votedFor(KAUFMAN));
        fixture.given(MEETING.inSession())
                .when(reportNoted("38", "resolved-38", new Vote(5, null, null, fourFor, null)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("vote-counts-disagree").at("vote.votesFor"))
                .expectExceptionMessage("The for count 5 disagrees with the 4 members' votes recorded");
    }

    @Test
    @DisplayName("mover-not-present: with a PRESENT list that does not name Mr. J. Kaufman CC, he cannot move on item 37")
    void moverNotPresent() {
        fixture.given(MEETING.inSessionWith(FRYER))
                .when(motionOnItem37Lost(new Vote(3, 5, 0, null, null)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("mover-not-present").at("movedBy"));
    }

    @Test
    @DisplayName("mover-not-present: Mr. J. Kaufman CC, not on the PRESENT list, cannot second on item 37")
    void seconderNotPresent() {
        fixture.given(MEETING.inSessionWith(FRYER))
                .when(new RecordLostMotion(MEETING.id(), MEETING.item("37"), "motion-37", ResolutionForm.RESOLVED,
                        null, REPORT_NOTED, FRYER, KAUFMAN, new Vote(3, 5, 0, null, null), null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("mover-not-present").at("secondedBy"));
    }

    @Test
    @DisplayName("vote-count-negative: no motion on item 38 has minus one abstention")
    void voteCountNegative_abstentions() {
        fixture.given(MEETING.inSession())
                .when(reportNoted("38", "resolved-38", new Vote(5, 1, -1, null, null)))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("vote-count-negative").at("vote.abstentions"));
    }

    @Test
    @DisplayName("voter-not-present: only members recorded present have their votes recorded")
    void voterNotPresent() {
        List<MemberVote> votes = List.of(votedFor(FRYER), votedFor(BENTLEY));
        fixture.given(MEETING.inSessionWith(FRYER))
                .when(reportNoted("38", "resolved-38", new Vote(null, null, null, votes, null)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("voter-not-present").at("vote.memberVotes[1].member"))
                .expectExceptionMessage("Mr. I. E. G. Bentley CC is not recorded as present, so cannot vote on item 38");
    }

    @Test
    @DisplayName("vote-count-negative: no count of votes is below nought")
    void voteCountNegative() {
        fixture.given(MEETING.inSession())
                .when(reportNoted("38", "resolved-38", new Vote(5, -1, 0, null, null)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("vote-count-negative").at("vote.against"));
    }

    @Test
    @DisplayName("unknown-agenda-item: the Fostering report was item 28 in 2020; this meeting resolves on its own item")
    void unknownAgendaItem_resolutionOnAnItemOfAnotherMeeting() {
        fixture.given(MEETING.inSession())
                .when(new PassResolution(MEETING.id(), CFOSC_18_NOV_2020.item("28"), "resolved-28",
                        ResolutionForm.RESOLVED, null, REPORT_NOTED, null, null, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("unknown-agenda-item").at("itemId"));
    }

    @Test
    @DisplayName("unknown-agenda-item: the 2025 commission cannot defer the 2020 High Needs Block Banding item")
    void unknownAgendaItem_deferralOfAnItemOfAnotherMeeting() {
        fixture.given(CYPE_EARLY_2025.inSession())
                .when(new DeferItem(CYPE_EARLY_2025.id(), SPECIAL_MEETING.item("high-needs-block"), null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("unknown-agenda-item").at("itemId"));
    }

    private static PassResolution reportNoted(String item, String resolutionId, Vote vote) {
        return new PassResolution(MEETING.id(), MEETING.item(item), resolutionId, ResolutionForm.RESOLVED, null,
                REPORT_NOTED, null, null, vote, null);
    }

    private static RecordLostMotion motionOnItem37Lost(Vote vote) {
        return new RecordLostMotion(MEETING.id(), MEETING.item("37"), "motion-37", ResolutionForm.RESOLVED, null,
                REPORT_NOTED, KAUFMAN, null, vote, null);
    }

    private static ResolutionPassed reportNotedAt(String item, String resolutionId) {
        return new ResolutionPassed(MEETING.id(), MEETING.item(item), resolutionId, ResolutionForm.RESOLVED, null,
                REPORT_NOTED, null, null, null);
    }

    private static MemberVote votedFor(Person member) {
        return new MemberVote(member, Ballot.FOR);
    }

    private static ItemDeferred highNeedsBlockDeferred() {
        return new ItemDeferred(SPECIAL_MEETING.id(), SPECIAL_MEETING.item("high-needs-block"), null);
    }

    private static ItemWithdrawn urgentItemsWithdrawn() {
        return new ItemWithdrawn(MEETING.id(), MEETING.item("31"), "No urgent items");
    }
}
