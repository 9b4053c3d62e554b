package org.minutebook.command.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of dates and times as minutes write them, for every field of every command: "19/01/2021",
 * "Tuesday 19th January 2021", "2.00 pm", "12.12pm", "10am", "noon", as well as ISO 8601 ("2021-01-19",
 * "14:00", "2021-01-19T14:00"). A clerk types what the page says; the console sends it as typed and the service
 * reads it here, so the console and the service can never read a date two ways. Dates are day first, as in the
 * United Kingdom: "01/02/2021" is the first of February.
 */
public final class WrittenTimes {

    /** How a refusal shows the forms that are read, in a clerk's words. */
    public static final String DATE_EXAMPLES = "such as 19/01/2021, 19 January 2021 or 2021-01-19";
    public static final String TIME_EXAMPLES = "such as 2.00pm, 12.12 pm or 14:00";

    private static final List<DateTimeFormatter> DATES = List.of(
            formatter("uuuu-MM-dd"), formatter("d/M/uuuu"), formatter("d.M.uuuu"), formatter("d-M-uuuu"),
            formatter("d MMMM uuuu"), formatter("d MMM uuuu"), formatter("MMMM d uuuu"), formatter("MMM d uuuu"));
    private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?\\s+");
    private static final Pattern TWELVE_HOUR = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?(am|pm)");
    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(\\d{1,2})[.:](\\d{2})(?::(\\d{2}))?");

    private WrittenTimes() {
    }

    /** A date as written, or why it cannot be read. */
    public static LocalDate date(String text) {
        return readDate(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a date the service can read: write it as the minutes do, " + DATE_EXAMPLES));
    }

    /** A time of day as written, or why it cannot be read. */
    public static LocalTime time(String text) {
        return readTime(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a time the service can read: write it as the minutes do, " + TIME_EXAMPLES));
    }

    /** A day and a time as written: "19/01/2021 2.00pm", "19 January 2021 at 2.00 pm", "2021-01-19T14:00". */
    public static LocalDateTime dateTime(String text) {
        return readDateTime(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a date and time the service can read: write it as the minutes do, such as"
                        + " 19/01/2021 2.00pm or 2021-01-19T14:00"));
    }

    /** A day, with its time when one is written ("19/01/2021", "19/01/2021 at 2.00pm"). */
    public static DayAndTime dayAndPerhapsTime(String text) {
        Optional<LocalDate> day = readDate(text);
        if (day.isPresent()) {
            return new DayAndTime(day.get(), null);
        }
        return readDateTime(text).map(both -> new DayAndTime(both.toLocalDate(), both.toLocalTime()))
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a date the service can read:"
                        + " write it as the minutes do, " + DATE_EXAMPLES + ", with its time if the minutes give"
                        + " one (19/01/2021 2.00pm)"));
    }

    /** A day as a clerk reads it in a refusal: "19 January 2021". */
    public static String written(LocalDate date) {
        return date == null ? "a day not stated" : date.format(WRITTEN_DATE);
    }

    /** A time of day as minutes write it: "2.00pm", "12.12pm". */
    public static String written(LocalTime time) {
        if (time == null) {
            return "a time not stated";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + "." + String.format(Locale.ROOT, "%02d", time.getMinute()) + (time.getHour() < 12 ? "am" : "pm");
    }

    /** A day and its time: "19 January 2021 at 2.00pm". */
    public static String written(LocalDateTime at) {
        return at == null ? "a time not stated" : written(at.toLocalDate()) + " at " + written(at.toLocalTime());
    }

    /** A day and, when the minutes give one, its time of day (else null). */
    public record DayAndTime(LocalDate date, LocalTime time) {
    }

    public static Optional<LocalDate> readDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // a full stop after the year closes the sentence a list of dates is in ("… 2 November 2021.")
        String written = text.strip().replaceFirst("(\\d)\\.$", "$1").toLowerCase(Locale.ROOT).replace(",", " ")
                .replaceAll("\\s+", " ");
        written = WEEKDAY.matcher(ORDINAL.matcher(written).replaceAll("$1")).replaceFirst("");
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(written, format));
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalTime> readTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String written = text.toLowerCase(Locale.ROOT).replace("a.m.", "am").replace("p.m.", "pm")
                .replaceAll("\\s+", "").replaceFirst("\\.$", "");
        if (written.equals("noon") || written.equals("12noon") || written.equals("midday")) {
            return Optional.of(LocalTime.NOON);
        }
        if (written.equals("midnight")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            Matcher twelve = TWELVE_HOUR.matcher(written);
            if (twelve.matches()) {
                int hour = Integer.parseInt(twelve.group(1));
                int minute = twelve.group(2) == null ? 0 : Integer.parseInt(twelve.group(2));
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                return Optional.of(LocalTime.of(hour % 12 + (twelve.group(3).equals("pm") ? 12 : 0), minute));
            }
            Matcher twentyFour = TWENTY_FOUR_HOUR.matcher(written);
            if (twentyFour.matches()) {
                int second = twentyFour.group(3) == null ? 0 : Integer.parseInt(twentyFour.group(3));
                return Optional.of(LocalTime.of(Integer.parseInt(twentyFour.group(1)),
                        Integer.parseInt(twentyFour.group(2)), second));
            }
            return Optional.of(LocalTime.parse(written));
        } catch (DateTimeException notATime) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDateTime> readDateTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip()));
        } catch (DateTimeParseException notIso) {
            // as the minutes write it: a date, then its time ("at" between them, or a comma)
        }
        String[] words = text.strip().split("\\s+");
        for (int split = words.length - 1; split > 0; split--) {
            String day = String.join(" ", List.of(words).subList(0, split)).replaceFirst("(?i)[,\\s]*\\bat$", "");
            String time = String.join(" ", List.of(words).subList(split, words.length));
            Optional<LocalDate> date = readDate(day.replaceFirst(",$", ""));
            Optional<LocalTime> timeOfDay = readTime(time);
            if (date.isPresent() && timeOfDay.isPresent()) {
                return Optional.of(date.get().atTime(timeOfDay.get()));
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
