package org.minutebook.events.published;

import java.time.LocalDate;

/**
 * The meeting at which it was decided.
 *
 * @param meetingId the meeting's id
 * @param date      the meeting's date, or null when the record does not state it
 * @param title     the meeting's title as published
 */
public record Meeting(String meetingId, LocalDate date, String title) {
}
