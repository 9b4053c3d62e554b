package org.minutebook.command.meetings;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.command.attendance.RecordApology;
import org.minutebook.command.business.MinuteItem;
import org.minutebook.command.business.RecordItemNoted;
import org.minutebook.events.business.ItemNoted;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;

import java.time.LocalTime;
import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.CFOSC_18_NOV_2020;
import static org.minutebook.command.meetings.TheMinutes.COLE;
import static org.minutebook.command.meetings.TheMinutes.CYPS_29_SEP_2020;

/**
 * A meeting's life: scheduled, perhaps moved or cancelled, opened by its chair, adjourned and resumed, closed; and
 * nothing of what happens in it recorded outside its session. Told mostly with the Leicestershire committee of 18
 * November 2020, Mrs. H. J. Fryer CC in the Chair, 9.30am – 12.12pm.
 */
class MeetingLifecycleRulesTest {

    private static final MeetingStory MEETING = CFOSC_18_NOV_2020;

    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    // --- what each command records

    @Test
    void rescheduleMeeting() {
        fixture.given(MEETING.scheduled())
                .when(new RescheduleMeeting(MEETING.id(), MEETING.time(10, 0), null, "Microsoft Teams Meeting",
                        "Covid-19 restrictions", null))
                .expectEvents(new MeetingRescheduled(MEETING.id(), MEETING.date(), LocalTime.of(10, 0),
                        "Microsoft Teams Meeting", "Covid-19 restrictions"));
    }

    @Test
    @DisplayName("Moved to Microsoft Teams: a new venue alone keeps the day and the time")
    void rescheduleOnlyTheVenue() {
        fixture.given(MEETING.scheduled())
                .when(new RescheduleMeeting(MEETING.id(), null, null, "Microsoft Teams Meeting", null, null))
                .expectEvents(new MeetingRescheduled(MEETING.id(), MEETING.date(), LocalTime.of(9, 30),
                        "Microsoft Teams Meeting", null));
    }

    @Test
    void cancelMeeting() {
        fixture.given(MEETING.scheduled())
                .when(new CancelMeeting(MEETING.id(), "No business to transact", null))
                .expectEvents(new MeetingCancelled(MEETING.id(), "No business to transact"));
    }

    @Test
    @DisplayName("Mrs. H. J. Fryer CC opens the meeting at 9.30am, its thirteen items already on the agenda")
    void openMeeting() {
        List<Object> given = MEETING.beforeOpening();
        fixture.given(given)
                .when(MEETING.open())
                .expectEvents(MEETING.opened());
    }

    @Test
    void adjournMeeting() {
        fixture.given(MEETING.inSession())
                .when(new AdjournMeeting(MEETING.id(), MEETING.time(11, 0), "A short comfort break", null))
                .expectEvents(adjournedAtEleven());
    }

    @Test
    void resumeMeeting() {
        fixture.given(MEETING.inSession())
                .andGiven(adjournedAtEleven())
                .when(new ResumeMeeting(MEETING.id(), MEETING.time(11, 10), null))
                .expectEvents(new MeetingResumed(MEETING.id(), MEETING.at(11, 10)));
    }

    @Test
    @DisplayName("The meeting closes at 12.12pm")
    void closeMeeting() {
        fixture.given(MEETING.inSession())
                .when(new CloseMeeting(MEETING.id(), MEETING.time(12, 12), null))
                .expectEvents(MEETING.closed());
    }

    // --- the rules

    @Test
    @DisplayName("meeting-not-open: Councillor Cole's apology waits until the special meeting is opened")
    void meetingNotOpen() {
        fixture.given(CYPS_29_SEP_2020.beforeOpening())
                .when(new RecordApology(CYPS_29_SEP_2020.id(), COLE, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-not-open"))
                .expectExceptionMessage("Meeting leicester-cyp-2020-09-29 has not been held; open it (with the"
                        + " time, or with none when the minutes do not state it) before recording what happened in it");
    }

    @Test
    @DisplayName("Drafted the next morning: after \"The meeting closed at 7.00pm\" the clerk still minutes an item")
    void draftedAfterTheClose() {
        List<Object> closed = CYPS_29_SEP_2020.afterTheClose();
        ItemNoted noted = new ItemNoted(CYPS_29_SEP_2020.id(), CYPS_29_SEP_2020.item("covid-19"), "The update was noted.");
        fixture.given(closed)
                .when(new RecordItemNoted(CYPS_29_SEP_2020.id(), CYPS_29_SEP_2020.item("covid-19"),
                        "The update was noted.", null))
                .expectEvents(noted);
    }

    @Test
    @DisplayName("minutes-confirmed: once the minutes of 29 September 2020 are confirmed, nothing is added to them")
    void minutesConfirmed() {
        List<Object> confirmed = CYPS_29_SEP_2020.afterTheClose();
        confirmed.add(new MinutesConfirmed(CYPS_29_SEP_2020.id(), "leicester-cyp-2020-11-12", null));
        fixture.given(confirmed)
                .when(new MinuteItem(CYPS_29_SEP_2020.id(), CYPS_29_SEP_2020.item("covid-19"),
                        List.of(MinuteBlock.paragraph("The update was noted.")), false, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("minutes-confirmed"))
                .expectExceptionMessage("The minutes of meeting leicester-cyp-2020-09-29 are confirmed; a fact can now"
                        + " only be corrected, naming the meeting that notes it");
    }

    @Test
    @DisplayName("A page that states neither the start time nor the chair: the meeting is held, both not stated")
    void openedAtATimeNotStated() {
        fixture.given(MEETING.beforeOpening())
                .when(new OpenMeeting(MEETING.id(), null, null, null))
                .expectEvents(new MeetingOpened(MEETING.id(), null, null));
    }

    @Test
    @DisplayName("A page that states no close time: the meeting closes, the time not stated")
    void closedAtATimeNotStated() {
        fixture.given(MEETING.beforeOpening())
                .andGiven(new MeetingOpened(MEETING.id(), null, null))
                .when(new CloseMeeting(MEETING.id(), null, null))
                .expectEvents(new MeetingClosed(MEETING.id(), null));
    }

    @Test
    @DisplayName("meeting-adjourned: an adjourned meeting is resumed before it can close")
    void meetingAdjourned() {
        fixture.given(MEETING.inSession())
                .andGiven(adjournedAtEleven())
                .when(new CloseMeeting(MEETING.id(), MEETING.time(12, 12), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-adjourned"));
    }

    @Test
    @DisplayName("meeting-already-opened: Mrs. H. J. Fryer CC does not open the meeting a second time")
    void meetingAlreadyOpened_openingTwice() {
        fixture.given(MEETING.inSession())
                .when(MEETING.open())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-already-opened"))
                .expectExceptionMessage("Meeting cfosc-2020-11-18 was already opened");
    }

    @Test
    @DisplayName("meeting-already-opened: a meeting in session can no longer be moved to another time")
    void meetingAlreadyOpened_reschedulingAnOpenMeeting() {
        fixture.given(MEETING.inSession())
                .when(new RescheduleMeeting(MEETING.id(), MEETING.time(14, 0), null, "County Hall, Glenfield", null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-already-opened"))
                .expectExceptionMessage("Meeting cfosc-2020-11-18 has opened, so it can no longer be rescheduled");
    }

    @Test
    @DisplayName("meeting-cancelled: a cancelled meeting is never opened")
    void meetingCancelled_openingACancelledMeeting() {
        fixture.given(MEETING.scheduled(), new MeetingCancelled(MEETING.id(), "No business to transact"))
                .when(MEETING.open())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-cancelled"));
    }

    @Test
    @DisplayName("meeting-cancelled: had the special meeting been cancelled, no apology is recorded for it")
    void meetingCancelled_nothingIsRecordedAtACancelledMeeting() {
        fixture.given(CYPS_29_SEP_2020.scheduled(), new MeetingCancelled(CYPS_29_SEP_2020.id(), "Postponed"))
                .when(new RecordApology(CYPS_29_SEP_2020.id(), COLE, null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-cancelled"))
                .expectExceptionMessage("Meeting leicester-cyp-2020-09-29 was cancelled");
    }

    @Test
    @DisplayName("meeting-cancelled: a cancelled meeting is not cancelled again")
    void meetingCancelledOnce() {
        fixture.given(MEETING.scheduled(), new MeetingCancelled(MEETING.id(), "No business to transact"))
                .when(new CancelMeeting(MEETING.id(), "Inquorate", null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-cancelled"));
    }

    @Test
    @DisplayName("meeting-already-closed: the meeting that closed at 12.12pm does not close again at 12.30pm")
    void meetingAlreadyClosed() {
        fixture.given(MEETING.afterTheClose())
                .when(new CloseMeeting(MEETING.id(), MEETING.time(12, 30), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-already-closed"));
    }

    @Test
    @DisplayName("close-before-start: the meeting opened at 9.30am cannot close at 9.00am")
    void closeBeforeStart() {
        fixture.given(MEETING.inSession())
                .when(new CloseMeeting(MEETING.id(), MEETING.time(9, 0), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("close-before-start").at("closedAt"))
                .expectExceptionMessage("The meeting cannot close at 9.00am, before it opened at 9.30am (past midnight,"
                        + " give the date: 19 November 2020 at 9.00am)");
    }

    @Test
    @DisplayName("time-out-of-order: the meeting opened at 9.30am cannot be adjourned at 9.15am")
    void adjournedBeforeOpening() {
        fixture.given(MEETING.inSession())
                .when(new AdjournMeeting(MEETING.id(), MEETING.time(9, 15), null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("time-out-of-order").at("adjournedAt"));
    }

    @Test
    @DisplayName("time-out-of-order: a meeting adjourned at 11.00am cannot resume at 10.45am")
    void resumedBeforeAdjournment() {
        List<Object> adjourned = MEETING.inSession();
        adjourned.add(new MeetingAdjourned(MEETING.id(), MEETING.at(11, 0), "Comfort break"));
        fixture.given(adjourned)
                .when(new ResumeMeeting(MEETING.id(), MEETING.time(10, 45), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("time-out-of-order").at("resumedAt"));
    }

    @Test
    @DisplayName("time-out-of-order: a meeting resumed at 11.15am cannot close at 11.05am")
    void closedBeforeResumption() {
        List<Object> resumed = MEETING.inSession();
        resumed.add(new MeetingAdjourned(MEETING.id(), MEETING.at(11, 0), "Comfort break"));
        resumed.add(new MeetingResumed(MEETING.id(), MEETING.at(11, 15)));
        fixture.given(resumed)
                .when(new CloseMeeting(MEETING.id(), MEETING.time(11, 5), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("time-out-of-order").at("closedAt"));
    }

    @Test
    @DisplayName("meeting-closed: the meeting of 18 November 2020, closed at 12.12pm, is not adjourned after it")
    void meetingClosed() {
        fixture.given(MEETING.afterTheClose())
                .when(new AdjournMeeting(MEETING.id(), MEETING.time(12, 30), "A break", null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("meeting-closed"));
    }

    @Test
    @DisplayName("meeting-not-adjourned: a meeting in session has nothing to resume")
    void meetingNotAdjourned() {
        fixture.given(MEETING.inSession())
                .when(new ResumeMeeting(MEETING.id(), MEETING.time(11, 10), null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-not-adjourned"));
    }

    private static MeetingAdjourned adjournedAtEleven() {
        return new MeetingAdjourned(MEETING.id(), MEETING.at(11, 0), "A short comfort break");
    }
}
