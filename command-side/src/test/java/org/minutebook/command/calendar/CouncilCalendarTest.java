package org.minutebook.command.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutebook.command.BrokenRule;
import org.minutebook.command.kernel.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The working days of councils in England and Wales, held to the days GOV.UK lists. */
class CouncilCalendarTest {

    private final CouncilCalendar england = CouncilCalendar.englandAndWales();

    @Test
    @DisplayName("A decision notice published on Wednesday 16 December 2026 may be called in until Wednesday 23rd")
    void fiveWorkingDaysInAPlainWeek() {
        assertThat(england.callInDeadline(LocalDate.of(2026, 12, 16))).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    @DisplayName("Over Christmas 2026 the window skips Christmas Day and Boxing Day's substitute, Monday 28th")
    void christmasIsNotAWorkingDay() {
        // Thu 24, [Fri 25 Christmas], [Sat], [Sun], [Mon 28 substitute], Tue 29, Wed 30, Thu 31, [Fri 1 Jan], Mon 4
        assertThat(england.callInDeadline(LocalDate.of(2026, 12, 23))).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    @DisplayName("Easter 2027: Good Friday 26 March and Easter Monday 29 March are not working days")
    void easterIsNotWorked() {
        assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(england.workingDaysAfter(LocalDate.of(2027, 3, 25), 2)).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    @DisplayName("The one-off days proclaimed are in the table: the Queen's funeral, the coronation")
    void proclaimedDaysAreKept() {
        assertThat(england.isWorkingDay(LocalDate.of(2022, 9, 19))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2023, 5, 8))).isFalse();
    }

    @Test
    @DisplayName("A council that closes between Christmas and New Year and gives ten working days counts them so")
    void aCouncilsOwnCalendar() {
        CouncilCalendars calendars = new CouncilCalendars(List.of(new CouncilCalendars.Settings("Tandridge District"
                + " Council", 10, null, Set.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 31)))));

        assertThat(calendars.of("Tandridge District Council").callInDeadline(LocalDate.of(2026, 12, 16)))
                .isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(calendars.of("Leicester City Council").callInDeadline(LocalDate.of(2026, 12, 16)))
                .isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    @DisplayName("Two months from 31 December is 28 February; 28 clear days count neither end")
    void monthsAndClearDays() {
        assertThat(CouncilCalendar.monthsAfter(LocalDate.of(2026, 12, 31), 2)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(CouncilCalendar.clearDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 30)))
                .isEqualTo(28);
    }

    @Test
    @DisplayName("The bank holidays of 2029 are not guessed: counting into them is refused")
    void bankHolidaysNotKnown() {
        assertThatThrownBy(() -> england.callInDeadline(LocalDate.of(2028, 12, 29)))
                .isInstanceOfSatisfying(RuleViolation.class, violation ->
                        org.hamcrest.MatcherAssert.assertThat(violation, BrokenRule.conflict("bank-holidays-not-known")));
    }
}
