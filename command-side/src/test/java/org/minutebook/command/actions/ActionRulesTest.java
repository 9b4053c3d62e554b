package org.minutebook.command.actions;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.meetings.Meeting;
import org.minutebook.command.meetings.MeetingStory;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.time.LocalDate;
import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.SCRUTINY_BOARD_2_21_JUN_2018;

/**
 * What the decisions of Coventry's Education and Children's Services Scrutiny Board (2), 21 June 2018, asked to be
 * done: "That a letter be sent to the operational Lead for Fostering ... to thank her", a referral "to Scrutiny
 * Board 4", and "a progress report in 12 months' time". Actions are agreed in session and completed after it.
 */
class ActionRulesTest {

    private static final MeetingStory MEETING = SCRUTINY_BOARD_2_21_JUN_2018;
    private static final String FOSTERING_RESOLVED = "resolved-4";
    private static final String ADOPTION_RESOLVED = "resolved-5";
    private static final String LETTER_OF_THANKS = "letter-of-thanks";
    private static final String LETTER = "A letter to the Operational Lead for Fostering, on behalf of the Board, to "
            + "thank her and acknowledge the progress that has been made to improve the fostering service";
    private static final LocalDate A_WEEK_LATER = LocalDate.of(2018, 6, 28);

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    // --- what each command records

    @Test
    @DisplayName("Item 4, RESOLVED (b): a letter of thanks to the Operational Lead for Fostering")
    void agreeAction() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved())
                .when(agreeLetterOfThanks(null))
                .expectEvents(letterOfThanksAgreed());
    }

    @Test
    @DisplayName("Item 4: housing allocation priority for foster carers is referred to Scrutiny Board 4")
    void makeReferral() {
        String subject = "The consideration of housing allocation priority for foster carers who require a bigger "
                + "house";
        fixture.given(MEETING.inSession())
                .when(new MakeReferral(MEETING.id(), MEETING.item("4"), "referral-sb4", null, "Scrutiny Board 4",
                        subject, null))
                .expectEvents(new ReferralMade(MEETING.id(), MEETING.item("4"), "referral-sb4", null,
                        "Scrutiny Board 4", subject));
    }

    @Test
    @DisplayName("Item 5, RESOLVED (b): a progress report on the Regional Adoption Agency in 12 months' time")
    void requestFurtherReport() {
        LocalDate inTwelveMonths = MEETING.date().plusYears(1);
        fixture.given(MEETING.inSession())
                .andGiven(adoptionResolved())
                .when(progressReportInTwelveMonths())
                .expectEvents(new FurtherReportRequested(MEETING.id(), MEETING.item("5"), "adoption-progress",
                        ADOPTION_RESOLVED, "Regional Adoption Agency progress", MEETING.title(), inTwelveMonths));
    }

    @Test
    @DisplayName("The letter of thanks is sent a week after the meeting")
    void completeAction() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved(), letterOfThanksAgreed())
                .when(sendLetterAWeekLater())
                .expectEvents(letterSentAWeekLater());
    }

    @Test
    @DisplayName("meeting-closed does not hold an action back: the letter is recorded as sent after the close")
    void completeActionIsAllowedAfterTheMeetingClosed() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved(), letterOfThanksAgreed(), MEETING.closed())
                .when(sendLetterAWeekLater())
                .expectSuccessfulHandlerExecution()
                .expectEvents(letterSentAWeekLater());
    }

    // --- the rules

    @Test
    @DisplayName("unknown-resolution: the progress report follows item 5's decision, which is not yet recorded")
    void unknownResolution() {
        fixture.given(MEETING.inSession())
                .when(progressReportInTwelveMonths())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("unknown-resolution").at("resolutionId"))
                .expectExceptionMessage("No decision resolved-5 is recorded at this meeting");
    }

    @Test
    @DisplayName("action-already-recorded: the letter of thanks is agreed once")
    void actionAlreadyRecorded() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved(), letterOfThanksAgreed())
                .when(agreeLetterOfThanks(null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("action-already-recorded").at("actionId"));
    }

    @Test
    @DisplayName("due-date-not-after-meeting: what the meeting of 21 June 2018 asks for falls due after that day")
    void dueDateNotAfterMeeting() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved())
                .when(agreeLetterOfThanks(MEETING.date()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("due-date-not-after-meeting").at("dueBy"));
    }

    @Test
    @DisplayName("unknown-action: the referral to Scrutiny Board 4 was never recorded, so cannot be completed")
    void unknownAction() {
        fixture.given(MEETING.inSession())
                .when(new CompleteAction(MEETING.id(), "referral-sb4", A_WEEK_LATER, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("unknown-action").at("actionId"));
    }

    @Test
    @DisplayName("action-already-completed: the letter of thanks is sent once")
    void actionAlreadyCompleted() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved(), letterOfThanksAgreed(), letterSentAWeekLater())
                .when(new CompleteAction(MEETING.id(), LETTER_OF_THANKS, A_WEEK_LATER.plusDays(1), null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("action-already-completed").at("actionId"));
    }

    @Test
    @DisplayName("due-date-not-after-meeting: the progress report is not due at the meeting that asks for it")
    void dueDateNotAfterMeeting_furtherReport() {
        fixture.given(MEETING.inSession())
                .andGiven(adoptionResolved())
                .when(new RequestFurtherReport(MEETING.id(), MEETING.item("5"), "adoption-progress", ADOPTION_RESOLVED,
                        "Regional Adoption Agency progress", MEETING.title(), MEETING.date(), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("due-date-not-after-meeting").at("dueMeetingDate"));
    }

    @Test
    @DisplayName("completed-before-meeting: a letter agreed on 21 June 2018 was not sent on 20 June")
    void completedBeforeMeeting() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved(), letterOfThanksAgreed())
                .when(new CompleteAction(MEETING.id(), LETTER_OF_THANKS, LocalDate.of(2018, 6, 20), null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("completed-before-meeting").at("completedOn"))
                .expectExceptionMessage("An action agreed on 21 June 2018 cannot be completed on 20 June 2018");
    }

    @Test
    @DisplayName("Item 4: the letter of thanks follows from part (b) of the resolution, and says so")
    void anActionFollowsFromAPartOfADecision() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved())
                .when(new AgreeAction(MEETING.id(), MEETING.item("4"), LETTER_OF_THANKS, FOSTERING_RESOLVED, "b",
                        LETTER, null, null, null))
                .expectEvents(new ActionAgreed(MEETING.id(), MEETING.item("4"), LETTER_OF_THANKS, FOSTERING_RESOLVED,
                        "b", LETTER, null, null));
    }

    @Test
    @DisplayName("unknown-resolution-part: the fostering resolution has parts a and b, no part c")
    void unknownResolutionPart() {
        fixture.given(MEETING.inSession())
                .andGiven(fosteringResolved())
                .when(new MakeReferral(MEETING.id(), MEETING.item("4"), "referral-sb4", FOSTERING_RESOLVED, "c",
                        "Scrutiny Board 4", "Housing allocation priority for foster carers", null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("unknown-resolution-part").at("partId"))
                .expectExceptionMessage("Decision resolved-4 has no part c (its parts: a, b)");
    }

    @Test
    @DisplayName("part-without-decision: a further report asked for by \"part b\" names the decision it is part of")
    void partWithoutDecision() {
        fixture.given(MEETING.inSession())
                .andGiven(adoptionResolved())
                .when(new RequestFurtherReport(MEETING.id(), MEETING.item("5"), "adoption-progress", null, "b",
                        "Regional Adoption Agency progress", MEETING.title(), null, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("part-without-decision").at("resolutionId"));
    }

    private static RequestFurtherReport progressReportInTwelveMonths() {
        return new RequestFurtherReport(MEETING.id(), MEETING.item("5"), "adoption-progress", ADOPTION_RESOLVED,
                "Regional Adoption Agency progress", MEETING.title(), MEETING.date().plusYears(1), null);
    }

    private static ResolutionPassed fosteringResolved() {
        return new ResolutionPassed(MEETING.id(), MEETING.item("4"), FOSTERING_RESOLVED, ResolutionForm.RESOLVED,
                null, List.of(new ResolutionPart("a", "To note progress made against the recommendations agreed by "
                        + "the Board in March 2015."), new ResolutionPart("b", "That a letter be sent to the "
                        + "operational Lead for Fostering, on behalf of the Board, to thank her.")), null, null, null);
    }

    private static ResolutionPassed adoptionResolved() {
        return new ResolutionPassed(MEETING.id(), MEETING.item("5"), ADOPTION_RESOLVED, ResolutionForm.RESOLVED,
                "RESOLVED that the Board:", List.of(new ResolutionPart("b",
                        "Agreed to receive a progress report in 12 months' time.")), null, null, null);
    }

    private static AgreeAction agreeLetterOfThanks(LocalDate dueBy) {
        return new AgreeAction(MEETING.id(), MEETING.item("4"), LETTER_OF_THANKS, FOSTERING_RESOLVED, LETTER, null,
                dueBy, null);
    }

    private static ActionAgreed letterOfThanksAgreed() {
        return new ActionAgreed(MEETING.id(), MEETING.item("4"), LETTER_OF_THANKS, FOSTERING_RESOLVED, LETTER, null,
                null);
    }

    private static CompleteAction sendLetterAWeekLater() {
        return new CompleteAction(MEETING.id(), LETTER_OF_THANKS, A_WEEK_LATER, "Letter sent", null);
    }

    private static ActionCompleted letterSentAWeekLater() {
        return new ActionCompleted(MEETING.id(), LETTER_OF_THANKS, A_WEEK_LATER, "Letter sent");
    }
}
