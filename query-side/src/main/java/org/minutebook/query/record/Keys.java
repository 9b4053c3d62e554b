package org.minutebook.query.record;

/**
 * Storage keys within a meeting: {@code meetingId:sequenceNumber}, the number zero-padded so that keys sort as
 * numbers do (event 9 before event 10), and a meeting's keys can be listed without a query on another field.
 */
public final class Keys {

    private static final int DIGITS = 19;

    private Keys() {
    }

    /** Built by hand: every row of every register is keyed so, and String.format was a tenth of a replay's time. */
    public static String of(String meetingId, long sequenceNumber) {
        String number = Long.toString(sequenceNumber);
        StringBuilder key = new StringBuilder(meetingId.length() + 1 + DIGITS).append(meetingId).append(':');
        for (int pad = number.length(); pad < DIGITS; pad++) {
            key.append('0');
        }
        return key.append(number).toString();
    }
}
