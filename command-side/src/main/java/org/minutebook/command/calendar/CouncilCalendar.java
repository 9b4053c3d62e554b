package org.minutebook.command.calendar;

import org.minutebook.command.executive.ExecutiveDecisionRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * A council's calendar: its working days (Monday to Friday, but its division's bank holidays and the days it
 * closes), and the periods the law counts in it: clear days, working days after a day, months from a day.
 *
 * @param callInWorkingDays the working days a decision may be called in after its notice is published
 * @param holidays          the bank holidays of the council's division
 * @param closedDays        days the council's offices are closed besides (the days between Christmas and New Year…)
 */
public record CouncilCalendar(int callInWorkingDays, BankHolidays holidays, Set<LocalDate> closedDays) {

    /** The call-in window most constitutions give: five working days. */
    public static final int DEFAULT_CALL_IN_WORKING_DAYS = 5;

    public CouncilCalendar {
        closedDays = closedDays == null ? Set.of() : Set.copyOf(closedDays);
    }

    /** A council in England and Wales with no days of its own: its default calendar. */
    public static CouncilCalendar englandAndWales() {
        return new CouncilCalendar(DEFAULT_CALL_IN_WORKING_DAYS, BankHolidays.of(BankHolidays.ENGLAND_AND_WALES),
                Set.of());
    }

    /** Whether the council works on the day; refused (rule {@code bank-holidays-not-known}) past its table. */
    public boolean isWorkingDay(LocalDate day) {
        if (!holidays.covers(day)) {
            throw ExecutiveDecisionRules.BANK_HOLIDAYS_NOT_KNOWN.broken("The bank holidays of " + day.getYear()
                    + " are not in the council's calendar (it lists " + holidays.firstYear() + " to "
                    + holidays.lastYear() + "): working days cannot be counted");
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.days().contains(day) && !closedDays.contains(day);
    }

    /** The day that is {@code days} working days after {@code day} (the day itself not counted). */
    public LocalDate workingDaysAfter(LocalDate day, int days) {
        LocalDate at = day;
        for (int counted = 0; counted < days; ) {
            at = at.plusDays(1);
            if (isWorkingDay(at)) {
                counted++;
            }
        }
        return at;
    }

    /** The first working day after the day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        return workingDaysAfter(day, 1);
    }

    /** The last day of the call-in window of a notice published on the day. */
    public LocalDate callInDeadline(LocalDate published) {
        return workingDaysAfter(published, callInWorkingDays);
    }

    /** The clear days between two days: neither counted ("28 clear days" before a decision). */
    public static long clearDaysBetween(LocalDate from, LocalDate until) {
        return Math.max(0, ChronoUnit.DAYS.between(from, until) - 1);
    }

    /**
     * The day {@code months} months after: the same day of the month, or the month's last when it has none (two
     * months from 31 December is the last day of February).
     */
    public static LocalDate monthsAfter(LocalDate day, int months) {
        return day.plusMonths(months);
    }
}
