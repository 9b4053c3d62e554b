package org.minutebook.command.platform;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads an event's stored timestamp. Axon writes each one in a single shape, {@code 2026-12-08T19:30:00.000Z}
 * ({@link DateTimeUtils#formatInstant}), and reads it back through {@code DateTimeFormatter}'s general parser, twice
 * for every event a processor reads (once to judge gaps, once when the message's time is asked for): 15 % of the
 * publishing thread's CPU in a profile of the publication figure's drain (docs/performance.md). That shape is read
 * here by position; anything else (a year past 9999, an offset) goes to Axon's parser, so what is read is the same.
 */
final class StoredTimestamps {

    private static final int LENGTH = "2026-12-08T19:30:00.000Z".length();

    private StoredTimestamps() {
    }

    static Instant parse(String stored) {
        if (stored.length() == LENGTH && stored.charAt(4) == '-' && stored.charAt(7) == '-'
                && stored.charAt(10) == 'T' && stored.charAt(13) == ':' && stored.charAt(16) == ':'
                && stored.charAt(19) == '.' && stored.charAt(23) == 'Z') {
            int year = digits(stored, 0, 4);
            int month = digits(stored, 5, 2);
            int day = digits(stored, 8, 2);
            int hour = digits(stored, 11, 2);
            int minute = digits(stored, 14, 2);
            int second = digits(stored, 17, 2);
            int millis = digits(stored, 20, 3);
            if ((year | month | day | hour | minute | second | millis) >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                            .toInstant(ZoneOffset.UTC);
                } catch (DateTimeException outOfRange) {
                    // not a real date or time: Axon's parser says so in its own words
                }
            }
        }
        return DateTimeUtils.parseInstant(stored);
    }

    /** The decimal number in {@code count} characters from {@code start}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
