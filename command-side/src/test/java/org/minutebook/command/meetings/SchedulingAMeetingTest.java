package org.minutebook.command.meetings;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.command.RuleViolation;
import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.events.meetings.MeetingScheduled;

import java.time.LocalDateTime;
import java.util.List;

class SchedulingAMeetingTest {

    private static final LocalDateTime TWO_PM_2_NOV_2021 = LocalDateTime.of(2021, 11, 2, 14, 0);
    private static final List<MeetingContact> CONTACTS =
            List.of(new MeetingContact("Gemma Duckworth", null, "0116 3052583", "gemma.duckworth@leics.gov.uk"));

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new KnownCommittees("cfosc"));
    }

    @Test
    void aScheduledMeetingIsRecordedAsItsFirstEvent() {
        fixture.givenNoPriorActivity()
                .when(scheduleCommitteeMeeting("County Hall, Glenfield"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(committeeMeetingScheduled("County Hall, Glenfield"))
                .expectResultMessagePayload(0L);
    }

    @Test
    void schedulingAgainWithTheSameDetailsRecordsNothingNew() {
        fixture.given(committeeMeetingScheduled("County Hall, Glenfield"))
                .when(scheduleCommitteeMeeting("County Hall, Glenfield"))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void aMeetingIdAlreadyScheduledWithOtherDetailsIsRefused() {
        fixture.given(committeeMeetingScheduled("County Hall, Glenfield"))
                .when(scheduleCommitteeMeeting("Microsoft Teams Meeting"))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("Meeting cfosc-2021-11-02 is already scheduled with other details");
    }

    private static ScheduleMeeting scheduleCommitteeMeeting(String venue) {
        return new ScheduleMeeting("cfosc-2021-11-02", "cfosc",
                "Children and Families Overview and Scrutiny Committee", false, TWO_PM_2_NOV_2021, venue, CONTACTS,
                null);
    }

    private static MeetingScheduled committeeMeetingScheduled(String venue) {
        return new MeetingScheduled("cfosc-2021-11-02", "cfosc",
                "Children and Families Overview and Scrutiny Committee", false, TWO_PM_2_NOV_2021, venue, CONTACTS,
                null);
    }
}
