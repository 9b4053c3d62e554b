package org.minutebook.query.pages;

import org.minutebook.query.meetings.MeetingRow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A committee's meetings in one month, as a council's site shows its calendar: the weeks Monday to Sunday, each
 * day with the meetings held or to be held on it, and the months before and after.
 */
public record MonthCalendar(YearMonth month, List<Week> weeks) {

    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A week, Monday first; a day of another month is in it with no meetings, shown empty. */
    public record Week(List<Day> days) {
    }

    /** A day of the month ({@code inMonth}), or of the month before or after that fills its week. */
    public record Day(LocalDate date, boolean inMonth, List<MeetingRow> meetings) {
    }

    static MonthCalendar of(YearMonth month, List<MeetingRow> meetings) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<Week> weeks = new ArrayList<>();
        List<Day> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LocalDate on = day;
            boolean inMonth = YearMonth.from(day).equals(month);
            days.add(new Day(day, inMonth, inMonth ? meetings.stream()
                    .filter(meeting -> Objects.equals(meeting.date(), on)).toList() : List.of()));
            if (days.size() == 7) {
                weeks.add(new Week(List.copyOf(days)));
                days.clear();
            }
        }
        return new MonthCalendar(month, List.copyOf(weeks));
    }

    public String title() {
        return month.format(TITLE);
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }

    public boolean empty() {
        return weeks.stream().flatMap(week -> week.days().stream()).allMatch(day -> day.meetings().isEmpty());
    }
}
