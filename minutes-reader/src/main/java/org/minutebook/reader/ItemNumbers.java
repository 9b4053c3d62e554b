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
    /** How far apart consecutive items may be numbered: items withheld from the page leave gaps. */
    private static final int LARGEST_GAP = 10;

    private ItemNumbers() {
    }

    /** The number on the line ("28", "8a"), or null when the line is not a number alone. */
    static String numberOn(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.matches() ? m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT) : null;
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
        return Integer.parseInt(number.replaceAll("\\D", ""));
    }
}
