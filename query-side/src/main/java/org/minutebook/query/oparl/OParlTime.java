package org.minutebook.query.oparl;

import org.minutebook.query.platform.BadQuery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Times as OParl writes them: {@code created} and {@code modified}, when the record's events were recorded, in UTC
 * to the millisecond, always the same number of characters, so that stored times compare as text in the order of
 * time ({@code modified_since} is a comparison of stored texts); a meeting's civil times with the offset of its
 * time zone on that day.
 */
final class OParlTime {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CIVIL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private OParlTime() {
    }

    /** When something was recorded, as stored and answered; null stays null. */
    static String recorded(Instant at) {
        return at == null ? null : RECORDED.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    /** A civil time of the meeting, with its zone's offset then ({@code 2020-11-18T09:30:00Z}); null stays null. */
    static String civil(LocalDateTime at, String timeZone) {
        return at == null ? null : CIVIL.format(at.atZone(zone(timeZone)).toOffsetDateTime());
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? LONDON : ZoneId.of(timeZone);
        } catch (RuntimeException unknown) {
            return LONDON;
        }
    }

    /**
     * A filter's time ({@code modified_since=2020-11-18T09:00:00+01:00}), as stored times are written; refused,
     * naming the parameter, when it is not a date-time with an offset.
     */
    static String parameter(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            // a "+" sent unencoded arrives as a space
            return recorded(OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant());
        } catch (DateTimeParseException notATime) {
            throw new BadQuery(name + " must be a date-time with its offset, such as 2020-11-18T09:00:00+00:00");
        }
    }

    /** The time a millisecond after the given one, as stored: for an end that includes its own instant. */
    static String justAfter(String recorded) {
        return recorded(Instant.parse(recorded).plusMillis(1));
    }
}
