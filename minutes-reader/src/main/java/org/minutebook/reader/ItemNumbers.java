package org.minutebook.reader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item numbers standing on a line of their own ("28.", "19", "8a."). Minutes number their items in order, so a
 * number far from the one before is not an item (a wrapped "35." of "Standing Order 35." in PDF text).
 */
final class ItemNumbers {

    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:Item\\s+)?(\\d{1,4})([a-z]?)[.):]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** ModernGov's minute number with its body's letters and the year: "CMD.74.21" is minute 74 of 2021. */
    private static final Pattern PREFIXED = Pattern.compile("^\\s*(\\p{Lu}{2,6}\\.\\d{1,4}\\.\\d{2})\\s*$");
    private static final Pattern FIRST_DIGITS = Pattern.compile("\\d+");
    /** How far apart consecutive items may be numbered: items withheld from the page leave gaps. */
    private static final int LARGEST_GAP = 10;

    private ItemNumbers() {
    }

    /** The number on the line ("28", "8a"), or null when the line is not a number alone. */
    static String numberOn(String text) {
        Matcher m = NUMBER.matcher(text);
        if (m.matches()) {
            return m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT);
        }
        Matcher prefixed = PREFIXED.matcher(text);
        return prefixed.matches() ? prefixed.group(1) : null;
    }

    /** A number only minutes print ("CMD.74.21"), never a count or a date's day: one alone is the page's item. */
    static boolean prefixed(String number) {
        return PREFIXED.matcher(number).matches();
    }

    static boolean follows(String number, String previous) {
        if (previous == null) {
            return true;
        }
        int n = value(number);
        int p = value(previous);
        return n > p && n <= p + LARGEST_GAP || n == p && !number.equals(previous);
    }

    private static int value(String number) {
        // the minute's own number: "8a" is 8, "CMD.74.21" is 74, never its year run into it
        Matcher digits = FIRST_DIGITS.matcher(number);
        return digits.find() ? Integer.parseInt(digits.group()) : 0;
    }
}
