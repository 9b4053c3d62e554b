package org.minutebook.access;

import java.util.OptionalInt;

/**
 * The characters no text of the record may hold, one definition for both services: NUL and the other C0 and C1
 * control characters, DEL, the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
 * make a printed name or title read otherwise than it is stored ("Trojan Source"), the Unicode noncharacters
 * (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE and U+FFFF among them) and a surrogate
 * that is not half of a pair. The last two are what XML 1.0 cannot carry besides the controls: stored, they made
 * the Atom feed of the decisions fail for the whole council. Free text keeps its tabs and line breaks; a name or
 * title is one line, so there they are refused too. The bidirectional marks U+200E and U+200F stay allowed:
 * Arabic, Hebrew or Urdu names in real minutes need them, and they reorder nothing around.
 */
public final class Characters {

    private Characters() {
    }

    /** The first character the text may not hold, if any. */
    public static OptionalInt refused(CharSequence text, boolean lineBreaksAllowed) {
        return text.codePoints().filter(c -> isRefused(c, lineBreaksAllowed)).findFirst();
    }

    /**
     * The text with each character no text may hold replaced by U+FFFD (the replacement character), lines kept: for
     * what is printed from text stored before these rules, into formats that cannot carry such a character at all
     * (XML 1.0 has no NUL, no U+FFFF, no lone surrogate) or should not (a calendar's text has no controls).
     */
    public static String printable(String text) {
        if (text == null || refused(text, true).isEmpty()) {
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> printable.appendCodePoint(isRefused(c, true) ? 0xFFFD : c));
        return printable.toString();
    }

    /** {@code U+202E}, as a refusal names the character without printing it. */
    public static String named(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isRefused(int c, boolean lineBreaksAllowed) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !lineBreaksAllowed;
        }
        // a surrogate is seen here only when it is not half of a pair (codePoints() joins the pairs)
        return Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE
                || isNoncharacter(c)
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    /** Unicode's 66 noncharacters: for a process's own use, never for interchange. */
    private static boolean isNoncharacter(int c) {
        return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }
}
