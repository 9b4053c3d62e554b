package org.minutebook.command.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A time of a meeting as a client sends it: a civil time of the council ("2021-11-02T14:00") or an instant with an
 * offset or {@code Z} ("2021-06-10T13:00:00Z"). Events keep civil times in the meeting's time zone, so an instant is
 * converted to that zone — never truncated to its digits.
 */
public final class MeetingTime {

    private static final int EARLIEST_YEAR = 1800;
    private static final int LATEST_YEAR = 2200;

    private final String written;
    private final LocalDateTime civil;
    private final OffsetDateTime instant;

    private MeetingTime(String written, LocalDateTime civil, OffsetDateTime instant) {
        this.written = written;
        this.civil = civil;
        this.instant = instant;
    }

    @JsonCreator
    public static MeetingTime parse(String text) {
        if (text == null) {
            return null;
        }
        MeetingTime time;
        try {
            time = new MeetingTime(text, null, OffsetDateTime.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            try {
                time = new MeetingTime(text, LocalDateTime.parse(text), null);
            } catch (DateTimeParseException notACivilTime) {
                throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 date-time such as"
                        + " 2021-11-02T14:00 (the council's civil time) or 2021-11-02T14:00:00Z");
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
        return civil == null ? null : new MeetingTime(civil.toString(), civil, null);
    }

    /** The civil time in the meeting's zone: as written, or the instant converted. */
    public LocalDateTime in(ZoneId zone) {
        return civil != null ? civil : instant.atZoneSameInstant(zone).toLocalDateTime();
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
