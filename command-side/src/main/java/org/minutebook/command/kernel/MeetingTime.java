package org.minutebook.command.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A time of a meeting as a client sends it: a civil time of the council, as ISO 8601 ("2021-11-02T14:00") or as
 * the minutes write it ("2/11/2021 2.00pm", read by {@link WrittenTimes}); an instant with an offset or {@code Z}
 * ("2021-06-10T13:00:00Z"); or, for a time of day on the meeting's own day, a bare time ("20:20", "8.20pm", where
 * the page gives the time but not the date). Events keep civil times in the meeting's time zone, so an instant is
 * converted to that zone — never truncated to its digits.
 */
public final class MeetingTime {

    /** The years of any date of the record: from the oldest minutes a council might import, to well ahead. */
    public static final int EARLIEST_YEAR = 1800;
    public static final int LATEST_YEAR = 2200;

    private final String written;
    private final LocalDateTime civil;
    private final OffsetDateTime instant;
    private final LocalTime timeOfDay;

    private MeetingTime(String written, LocalDateTime civil, OffsetDateTime instant, LocalTime timeOfDay) {
        this.written = written;
        this.civil = civil;
        this.instant = instant;
        this.timeOfDay = timeOfDay;
    }

    @JsonCreator
    public static MeetingTime parse(String text) {
        if (text == null) {
            return null;
        }
        MeetingTime time;
        try {
            time = new MeetingTime(text, null, OffsetDateTime.parse(text), null);
        } catch (DateTimeParseException notAnInstant) {
            Optional<LocalDateTime> civil = WrittenTimes.readDateTime(text);
            if (civil.isPresent()) {
                time = new MeetingTime(text, civil.get(), null, null);
            } else {
                return WrittenTimes.readTime(text).map(timeOfDay -> new MeetingTime(text, null, null, timeOfDay))
                        .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a date and time the"
                                + " service can read: write it as the minutes do, such as 2/11/2021 2.00pm,"
                                + " 2 November 2021 at 2.00 pm or 2021-11-02T14:00 (the council's civil time);"
                                + " an instant such as 2021-11-02T14:00:00Z; or a time of day alone, such as"
                                + " 8.20pm"));
            }
        }
        int year = time.civil != null ? time.civil.getYear() : time.instant.getYear();
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new IllegalArgumentException("'" + text + "' is outside the years " + EARLIEST_YEAR + " to "
                    + LATEST_YEAR);
        }
        return time;
    }

    public static MeetingTime civil(LocalDateTime civil) {
        return civil == null ? null : new MeetingTime(civil.toString(), civil, null, null);
    }

    /** Whether a date was given with the time (a bare time of day has none). */
    public boolean hasDate() {
        return timeOfDay == null;
    }

    /**
     * The civil date and time in the meeting's zone: as written, or the instant converted; on the given day for a
     * bare time. {@code field} is the command's field this time was sent in, named when a bare time has no day.
     */
    public LocalDateTime in(ZoneId zone, LocalDate day, String field) {
        if (timeOfDay != null) {
            if (day == null) {
                throw SharedRules.TIME_WITHOUT_DATE.broken("'" + written + "' is a time of day, and the"
                        + " meeting's date is not recorded: give the date and time").at(field);
            }
            return day.atTime(timeOfDay);
        }
        return civil != null ? civil : instant.atZoneSameInstant(zone).toLocalDateTime();
    }

    /** The civil time of day in the meeting's zone. */
    public LocalTime timeOfDayIn(ZoneId zone) {
        if (timeOfDay != null) {
            return timeOfDay;
        }
        return civil != null ? civil.toLocalTime() : instant.atZoneSameInstant(zone).toLocalTime();
    }

    @JsonValue
    @Override
    public String toString() {
        return written;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingTime time && written.equals(time.written);
    }

    @Override
    public int hashCode() {
        return written.hashCode();
    }
}
