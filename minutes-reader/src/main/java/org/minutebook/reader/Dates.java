package org.minutebook.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and times as minutes write them: "21st June, 2018", "2 November 2021", "5:30 pm", "2.00pm", "9.30am". */
final class Dates {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})\\s?(?:st|nd|rd|th)?(?:\\s+of)?\\s+(" + MONTHS
            + ")\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern TIME = Pattern.compile("\\b(\\d{1,2})(?:[.:](\\d{2}))?\\.?\\s*([ap])\\.?\\s?m\\b\\.?",
            Pattern.CASE_INSENSITIVE);
    /** A time on the 24-hour clock where a heading gives one ("commencing at 19:00", "Time: 14:00"). */
    private static final Pattern TIME_24 = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\b(?!\\s*\\.?\\s*[ap]\\.?\\s?m)");
    /** "20/09/2017", as ModernGov's lists of an issue's meetings write a date. */
    private static final Pattern HELD_ON = Pattern.compile("(?i)\\bheld on:?\\s+(?:the\\s+)?(?:" + "(?:Mon|Tues|Wednes|Thurs"
            + "|Fri|Satur|Sun)day,?\\s+)?");
    private static final String ONE_DAY = "\\d{1,2}(?:\\s?(?:st|nd|rd|th))?(?:\\s+of)?(?:\\s+(?:" + MONTHS + ")\\.?)?";
    private static final Pattern HELD_DAYS = Pattern.compile(ONE_DAY + "(?:,?\\s+\\d{4})?(?:(?:[,;]?\\s+(?:and|&)\\s+|;\\s+)"
            + "(?:the\\s+)?" + ONE_DAY + "(?:,?\\s+\\d{4})?)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\s?(?:st|nd|rd|th))?(?:\\s+of)?(?:\\s+(" + MONTHS
            + "))?\\b(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

    private Dates() {
    }

    /** A date found in the text, and where. */
    record Found(LocalDate date, int start, int end) {
    }

    static List<Found> all(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate date = date(m);
            if (date != null) {
                found.add(new Found(date, m.start(), m.end()));
            }
        }
        return found;
    }

    static LocalDate first(String text) {
        List<Found> all = all(text);
        return all.isEmpty() ? null : all.get(0).date();
    }

    static LocalTime firstTime(String text) {
        Matcher m = TIME.matcher(text);
        return m.find() ? time(m) : null;
    }

    /** A time written either way: "2.00 pm", else on the 24-hour clock ("19:00"). */
    static LocalTime firstTimeEitherClock(String text) {
        LocalTime time = firstTime(text);
        if (time != null) {
            return time;
        }
        Matcher m = TIME_24.matcher(text);
        return m.find() ? LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    /** A day written "20/09/2017" (day first, as British pages write it). */
    static LocalDate firstNumeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        try {
            return m.find() ? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))) : null;
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /**
     * The days of the meetings whose minutes a sentence names after "held on": "held on 13 November 2023", "held on
     * 30 May and 6 June 2013", "held on 10th and 24th May, 2005", "held on 8th January 2019 and 15th January",
     * "held on: 23 November 2021; 7 December 2021; 4 January 2022".
     */
    static List<LocalDate> heldOn(String text) {
        Matcher held = HELD_ON.matcher(text);
        if (!held.find()) {
            return List.of();
        }
        String rest = text.substring(held.end());
        Matcher run = HELD_DAYS.matcher(rest);
        if (!run.lookingAt()) {
            return List.of();
        }
        List<LocalDate> days = new ArrayList<>();
        Matcher day = DAY.matcher(run.group());
        // each day in the year printed after it ("23 November 2021; 7 December 2021; 4 January 2022"), or the last
        List<int[]> yearsAt = new ArrayList<>();
        Matcher years = YEAR.matcher(run.group());
        while (years.find()) {
            yearsAt.add(new int[]{years.start(), Integer.parseInt(years.group())});
        }
        if (yearsAt.isEmpty()) {
            return List.of();
        }
        String month = null;
        List<String[]> found = new ArrayList<>();
        List<Integer> yearOf = new ArrayList<>();
        while (day.find()) {
            found.add(new String[]{day.group(1), day.group(2)});
            int at = day.start();
            yearOf.add(yearsAt.stream().filter(y -> y[0] > at).findFirst().orElse(yearsAt.get(yearsAt.size() - 1))[1]);
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            month = found.get(i)[1] != null ? found.get(i)[1] : month;
            found.get(i)[1] = month;
        }
        for (int i = 0; i < found.size(); i++) {
            String[] d = found.get(i);
            try {
                days.add(LocalDate.of(yearOf.get(i), month(d[1]), Integer.parseInt(d[0])));
            } catch (DateTimeException | NullPointerException notADay) {
                // a day the sentence does not complete is not a date
            }
        }
        return days;
    }

    static List<LocalTime> times(String text) {
        List<LocalTime> times = new ArrayList<>();
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            LocalTime time = time(m);
            if (time != null) {
                times.add(time);
            }
        }
        return times;
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException(name);
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = m.group(3).equalsIgnoreCase("p");
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
    }
}
