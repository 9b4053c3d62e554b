package org.minutebook.access;

import java.util.OptionalInt;

/**
 * The characters no text of the record may hold, one definition for both services: NUL and the other C0 and C1
 * control characters, DEL, and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
 * make a printed name or title read otherwise than it is stored ("Trojan Source"). Free text keeps its tabs and
 * line breaks; a name or title is one line, so there they are refused too. The bidirectional marks U+200E and
 * U+200F stay allowed: Arabic, Hebrew or Urdu names in real minutes need them, and they reorder nothing around.
 */
public final class Characters {

    private Characters() {
    }

    /** The first character the text may not hold, if any. */
    public static OptionalInt refused(CharSequence text, boolean lineBreaksAllowed) {
        return text.codePoints().filter(c -> isRefused(c, lineBreaksAllowed)).findFirst();
    }

    /** {@code U+202E}, as a refusal names the character without printing it. */
    public static String named(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isRefused(int c, boolean lineBreaksAllowed) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !lineBreaksAllowed;
        }
        return Character.getType(c) == Character.CONTROL
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }
}
