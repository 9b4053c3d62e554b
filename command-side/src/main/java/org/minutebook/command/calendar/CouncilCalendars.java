package org.minutebook.command.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each council's calendar, as the operator configures it ({@code minutebook.council-calendars}: a council's name,
 * its call-in window in working days, its division's bank holidays, the days it closes besides); a council not
 * configured keeps England and Wales's bank holidays and a call-in window of five working days
 * (docs/operations.md, "Council calendars"). The dates a command computes are recorded in its event, so a calendar
 * changed later never changes what was recorded.
 */
public final class CouncilCalendars {

    private final Map<String, Settings> byCouncil;
    private final Map<String, CouncilCalendar> calendars = new ConcurrentHashMap<>();

    public CouncilCalendars(List<Settings> councils) {
        this.byCouncil = (councils == null ? List.<Settings>of() : councils).stream()
                .collect(Collectors.toMap(Settings::council, Function.identity()));
    }

    /** Every council on England and Wales's calendar, five working days to call a decision in. */
    public static CouncilCalendars defaults() {
        return new CouncilCalendars(List.of());
    }

    /** The council's calendar; a council named nowhere (null) keeps the default one. */
    public CouncilCalendar of(String council) {
        return calendars.computeIfAbsent(Objects.requireNonNullElse(council, ""), name -> {
            Settings settings = byCouncil.get(name);
            if (settings == null) {
                return CouncilCalendar.englandAndWales();
            }
            return new CouncilCalendar(settings.callInWorkingDays() == null
                    ? CouncilCalendar.DEFAULT_CALL_IN_WORKING_DAYS : settings.callInWorkingDays(),
                    BankHolidays.of(settings.bankHolidays() == null ? BankHolidays.ENGLAND_AND_WALES
                            : settings.bankHolidays()), settings.closedDays());
        });
    }

    /**
     * One council's calendar as configured.
     *
     * @param council           the council's name, as its committees are registered under
     * @param callInWorkingDays its call-in window, or null for five working days
     * @param bankHolidays      the division whose bank holidays it keeps, or null for England and Wales
     * @param closedDays        the days it closes besides, or null
     */
    public record Settings(String council, Integer callInWorkingDays, String bankHolidays, Set<LocalDate> closedDays) {
    }

    /** The calendars from the configuration. */
    @Configuration
    @EnableConfigurationProperties(Configured.class)
    static class Wiring {

        @Bean
        CouncilCalendars councilCalendars(Configured configured) {
            return new CouncilCalendars(configured.councilCalendars());
        }
    }

    /** {@code minutebook.council-calendars}: a list of {@link Settings}. */
    @ConfigurationProperties("minutebook")
    record Configured(List<Settings> councilCalendars) {
    }
}
