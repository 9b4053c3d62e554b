package org.minutebook.command.meetings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.events.Person;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRole;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.meetings.MeetingScheduled;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.minutebook.command.meetings.TheMinutes.BONHAM;
import static org.minutebook.command.meetings.TheMinutes.CFOSC;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_18_NOV_2020;
import static org.minutebook.command.meetings.TheMinutes.CFOSC_2_NOV_2021;
import static org.minutebook.command.meetings.TheMinutes.CYPE_EARLY_2025;
import static org.minutebook.command.meetings.TheMinutes.LEICESTER_CYP;

/**
 * Times are the council's civil times: an instant with an offset or {@code Z} is converted to Europe/London, never
 * truncated. A date can be unknown (001's page has no header). Who was vice-chair, and a change of chair.
 */
class MeetingTimesAndRolesTest {

    @Test
    @DisplayName("2.00 pm in June is 13:00 UTC (BST): sent as an instant, it is kept as 14:00 London time")
    void aSummerInstantIsKeptAsLondonTime() {
        MeetingStory june = MeetingStory.meeting("cfosc-2021-06-08").of(CFOSC, "Children and Families Overview and"
                + " Scrutiny Committee").at(LocalDateTime.of(2021, 6, 8, 14, 0), "County Hall, Glenfield").told();
        june.fixture().givenNoPriorActivity()
                .when(new ScheduleMeeting(june.id(), CFOSC, june.title(), false,
                        MeetingTime.parse("2021-06-08T13:00:00Z"), null, "County Hall, Glenfield", null, null))
                .expectEvents(new MeetingScheduled(june.id(), CFOSC, june.title(), false, LocalDate.of(2021, 6, 8),
                        LocalTime.of(14, 0), "Europe/London", "County Hall, Glenfield", List.of(), null));
    }

    @Test
    @DisplayName("2.00 pm in November is 14:00 UTC (GMT): 002's meeting sent as an instant keeps 14:00")
    void aWinterInstantIsKeptAsLondonTime() {
        MeetingStory meeting = CFOSC_2_NOV_2021;
        meeting.fixture().givenNoPriorActivity()
                .when(new ScheduleMeeting(meeting.id(), CFOSC, meeting.title(), false,
                        MeetingTime.parse("2021-11-02T14:00:00Z"), null, "County Hall, Glenfield", null, null))
                .expectEvents(new MeetingScheduled(meeting.id(), CFOSC, meeting.title(), false,
                        LocalDate.of(2021, 11, 2), LocalTime.of(14, 0), "Europe/London", "County Hall, Glenfield",
                        List.of(), null));
    }

    @Test
    @DisplayName("001's page states no date and no time: the meeting is entered with neither")
    void aMeetingWhoseDateIsNotStated() {
        String id = "leicester-cype-2025-items-130-131";
        String title = "Children, Young People and Education Scrutiny Commission";
        CYPE_EARLY_2025.fixture().givenNoPriorActivity()
                .when(new ScheduleMeeting(id, LEICESTER_CYP, title, false, null, null, null, null, null))
                .expectEvents(new MeetingScheduled(id, LEICESTER_CYP, title, false, null, null, "Europe/London", null,
                        List.of(), null));
    }

    @Test
    @DisplayName("date-disagrees-with-start: a meeting starting on 2 November is not dated 3 November")
    void dateDisagreesWithStart() {
        MeetingStory meeting = CFOSC_2_NOV_2021;
        meeting.fixture().givenNoPriorActivity()
                .when(new ScheduleMeeting(meeting.id(), CFOSC, meeting.title(), false, meeting.time(14, 0),
                        LocalDate.of(2021, 11, 3), "County Hall, Glenfield", null, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("date-disagrees-with-start").at("date"));
    }

    @Test
    @DisplayName("opened-on-other-day: the meeting of 2 November 2021 does not open on 3 November")
    void openedOnOtherDay() {
        MeetingStory meeting = CFOSC_2_NOV_2021;
        meeting.fixture().given(meeting.beforeOpening())
                .when(new OpenMeeting(meeting.id(), MeetingTime.civil(LocalDateTime.of(2021, 11, 3, 14, 0)),
                        meeting.chair(), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("opened-on-other-day").at("openedAt"));
    }

    @Test
    @DisplayName("Cllr Bonham was the Vice-Chair")
    void takeMeetingRole() {
        MeetingStory meeting = CYPE_EARLY_2025;
        meeting.fixture().given(meeting.inSession())
                .when(new TakeMeetingRole(meeting.id(), MeetingRole.VICE_CHAIR, BONHAM, null, null))
                .expectEvents(new MeetingRoleTaken(meeting.id(), MeetingRole.VICE_CHAIR, BONHAM, null));
    }

    @Test
    @DisplayName("chair-already-recorded: a second chair for the whole meeting is a change of chair from an item")
    void chairAlreadyRecorded() {
        MeetingStory meeting = CYPE_EARLY_2025;
        meeting.fixture().given(meeting.inSession())
                .when(new TakeMeetingRole(meeting.id(), MeetingRole.CHAIR, BONHAM, null, null))
                .expectNoEvents()
                .expectException(BrokenRule.conflict("chair-already-recorded").at("fromItemId"));
    }

    @Test
    @DisplayName("unknown-agenda-item: the chair does not change from an item of the meeting of 18 November 2020")
    void unknownAgendaItem_chairFromAnItemNotOnTheAgenda() {
        MeetingStory meeting = CYPE_EARLY_2025;
        meeting.fixture().given(meeting.inSession())
                .when(new TakeMeetingRole(meeting.id(), MeetingRole.CHAIR, BONHAM,
                        CFOSC_18_NOV_2020.item("26"), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("unknown-agenda-item").at("fromItemId"));
    }

    @Test
    @DisplayName("The Vice-Chair takes the chair from item 131; from then on the chair's casting vote is theirs")
    void aChangeOfChair() {
        MeetingStory meeting = CYPE_EARLY_2025;
        meeting.fixture().given(meeting.inSession())
                .when(new TakeMeetingRole(meeting.id(), MeetingRole.CHAIR, BONHAM, meeting.item("131"), null))
                .expectEvents(new MeetingRoleTaken(meeting.id(), MeetingRole.CHAIR, BONHAM, meeting.item("131")));
    }

    @Test
    @DisplayName("A chair named by office only (\"the Chair\") opens the meeting")
    void aChairNamedByOffice() {
        MeetingStory meeting = CYPE_EARLY_2025;
        Person chair = new Person(null, null, "the Chair");
        meeting.fixture().given(meeting.beforeOpening())
                .when(new OpenMeeting(meeting.id(), meeting.time(17, 30), chair, null))
                .expectEvents(new MeetingOpened(meeting.id(), meeting.at(17, 30), chair));
    }

    @Test
    @DisplayName("\"The meeting finished at 8:20pm\": a time of day closes a meeting whose date is not stated")
    void aTimeOfDayClosesAMeetingWithoutADate() {
        String id = "leicester-cype-items-130-131";
        CYPE_EARLY_2025.fixture()
                .given(new MeetingScheduled(id, LEICESTER_CYP, "Commission", false, null, null, "Europe/London", null,
                        List.of(), null), new MeetingOpened(id, null, null))
                .when(new CloseMeeting(id, MeetingTime.parse("20:20"), null))
                .expectEvents(new MeetingClosed(id, LocalTime.of(20, 20)));
    }

    @Test
    @DisplayName("time-without-date: a meeting whose date is not stated does not open at a bare time of day")
    void timeWithoutDate() {
        String id = "leicester-cype-items-130-131";
        CYPE_EARLY_2025.fixture()
                .given(new MeetingScheduled(id, LEICESTER_CYP, "Commission", false, null, null, "Europe/London", null,
                        List.of(), null))
                .when(new OpenMeeting(id, MeetingTime.parse("17:30"), null, null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("time-without-date").at("openedAt"));
    }

    @Test
    @DisplayName("closed-on-other-day: the meeting of 2 November 2021, from 2.00pm, does not close on 3 November at 3pm")
    void closedOnOtherDay() {
        MeetingStory meeting = CFOSC_2_NOV_2021;
        meeting.fixture().given(meeting.inSession())
                .when(new CloseMeeting(meeting.id(), MeetingTime.civil(LocalDateTime.of(2021, 11, 3, 15, 0)), null))
                .expectNoEvents()
                .expectException(BrokenRule.invalid("closed-on-other-day").at("closedAt"));
    }

    @Test
    @DisplayName("The meeting of 2 November 2021 sat past midnight: \"The meeting closed at 12.20am\" on 3 November")
    void aMeetingThatSitsPastMidnightClosesOnTheNextDay() {
        MeetingStory meeting = CFOSC_2_NOV_2021;
        meeting.fixture().given(meeting.inSession())
                .when(new CloseMeeting(meeting.id(), MeetingTime.civil(LocalDateTime.of(2021, 11, 3, 0, 20)),
                        "CHAIRMAN", null))
                .expectEvents(new MeetingClosed(meeting.id(), LocalTime.of(0, 20), LocalDate.of(2021, 11, 3),
                        "CHAIRMAN"));
    }

    @Test
    @DisplayName("Adjourned at 11.50pm, resumed at 11.55pm, the meeting closes at 1.10am the next day, after its resumption")
    void aCloseAfterMidnightStaysAfterTheLastResumption() {
        MeetingStory meeting = CFOSC_2_NOV_2021;
        meeting.fixture().given(meeting.inSession())
                .andGiven(new MeetingAdjourned(meeting.id(), meeting.at(23, 50), null),
                        new MeetingResumed(meeting.id(), meeting.at(23, 55)))
                .when(new CloseMeeting(meeting.id(), MeetingTime.civil(LocalDateTime.of(2021, 11, 3, 1, 10)), null))
                .expectEvents(new MeetingClosed(meeting.id(), LocalTime.of(1, 10), LocalDate.of(2021, 11, 3), null));
    }
}
