package org.minutebook.events.business;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A future meeting as the minutes note it: its day, and its time when they give one ("19 January 2021 at 2.00pm",
 * or "19 January 2021" alone).
 *
 * @param date the day
 * @param time the time of day, council's local time, or null when the minutes give none
 */
public record FutureMeetingDate(LocalDate date, LocalTime time) {
}
