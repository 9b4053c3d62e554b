package org.minutebook.command.meetings;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.kernel.RuleViolation;

import static org.minutebook.command.meetings.TheMinutes.CFOSC;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;
import static org.minutebook.command.meetings.TheMinutes.SCRUTINY_BOARD_2_21_JUN_2018;

class SchedulingAMeetingTest {

    /** Leicestershire's Children and Families Overview and Scrutiny Committee, 2 November 2021, 2.00 pm. */
    private static final MeetingStory MEETING = CFOSC_2_NOV_2021;

    /** Knows the committee "cfosc" only. */
    private final FixtureConfiguration<Meeting> fixture = MEETING.fixture();

    @Test
    void aScheduledMeetingIsRecordedAsItsFirstEvent() {
        fixture.givenNoPriorActivity()
                .when(MEETING.schedule())
                .expectSuccessfulHandlerExecution()
                .expectEvents(MEETING.scheduled());
    }

    @Test
    void schedulingAgainWithTheSameDetailsRecordsNothingNew() {
        fixture.given(MEETING.scheduled())
                .when(MEETING.schedule())
                .expectNoEvents();
    }

    @Test
    @DisplayName("meeting-already-scheduled: the meeting of 2 November 2021 cannot be scheduled again on Teams")
    void meetingAlreadyScheduled() {
        fixture.given(MEETING.scheduled())
                .when(new ScheduleMeeting(MEETING.id(), CFOSC, MEETING.title(), false,
                        MeetingTime.civil(MEETING.startsAt()), null, "Microsoft Teams Meeting", null, null))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.conflict("meeting-already-scheduled"))
                .expectExceptionMessage("Meeting cfosc-2021-11-02 is already scheduled with other details");
    }

    @Test
    @DisplayName("committee-not-registered: Coventry's Scrutiny Board (2) is not a committee this record knows")
    void committeeNotRegistered() {
        fixture.givenNoPriorActivity()
                .when(SCRUTINY_BOARD_2_21_JUN_2018.schedule())
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(BrokenRule.invalid("committee-not-registered").at("committeeId"))
                .expectExceptionMessage("No committee coventry-sb2 is registered");
    }

    @Test
    @DisplayName("time-without-date: a meeting entered as starting at 2.00 pm, on no day, is given its day")
    void timeWithoutDate() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING.id(), CFOSC, MEETING.title(), false, MeetingTime.parse("14:00"),
                        null, null, null, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("time-without-date").at("startsAt"));
    }
}
