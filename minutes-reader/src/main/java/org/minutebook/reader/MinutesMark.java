package org.minutebook.reader;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The "Minutes:" mark that divides an item's agenda text from its minute on ModernGov pages. */
final class MinutesMark {

    private static final Pattern MARK = Pattern.compile("(?:^|\\s)Minutes:\\s*");

    private MinutesMark() {
    }

    static boolean opens(String text) {
        return text.startsWith("Minutes:");
    }

    static String after(String text) {
        return text.substring("Minutes:".length()).strip();
    }

    /** Where the mark is within a line of a table row, or -1. */
    static int within(String text) {
        Matcher m = MARK.matcher(text);
        return m.find() ? m.start() : -1;
    }

    static int end(String text) {
        Matcher m = MARK.matcher(text);
        return m.find() ? m.end() : -1;
    }
}
