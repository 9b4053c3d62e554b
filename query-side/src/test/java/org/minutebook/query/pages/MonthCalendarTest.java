package org.minutebook.query.pages;

import org.junit.jupiter.api.Test;
import org.minutebook.query.committees.Committee;
import org.minutebook.query.meetings.MeetingRow;
import org.minutebook.query.meetings.MeetingRows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The committee's November 2020 as a month calendar: its meeting of Wednesday 18 November on that day. */
class MonthCalendarTest {

    private final MeetingRow november18 = MeetingRows.of(ofAMeeting().then(scheduled()).record());
    private final MonthCalendar november = MonthCalendar.of(YearMonth.of(2020, 11), List.of(november18));

    @Test
    void theMonthIsItsWeeksMondayFirstWithEachMeetingOnItsDay() {
        assertThat(november.weeks()).hasSize(6).allSatisfy(week -> assertThat(week.days()).hasSize(7));
        assertThat(november.weeks().get(0).days().get(0).date()).isEqualTo(LocalDate.of(2020, 10, 26));
        assertThat(november.weeks().get(0).days().get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(november.weeks().stream().flatMap(week -> week.days().stream())
                .filter(day -> !day.meetings().isEmpty()).map(MonthCalendar.Day::date).toList())
                .containsExactly(LocalDate.of(2020, 11, 18));
        assertThat(november.previous()).isEqualTo(YearMonth.of(2020, 10));
        assertThat(november.title()).isEqualTo("November 2020");
    }

    @Test
    void thePageLinksTheMeetingOnItsDayAndTheMonthsEitherSide() {
        String page = PageRendering.render("pages/calendar", Map.of("calendar", november, "committee",
                new Committee("leics-cfosc", "Children and Families Overview and Scrutiny Committee", null, null,
                        List.of(), List.of(), 0, null, null)));

        assertThat(page).contains("<span class=\"day-number\">18</span>")
                .contains("href=\"/meetings/" + november18.meetingId() + "\">9.30am Children and Families")
                .contains("month=2020-10").contains("month=2020-12");
    }
}
