package org.minutebook.query.record;

/**
 * Storage keys within a meeting: {@code meetingId:sequenceNumber}, the number zero-padded so that keys sort as
 * numbers do (event 9 before event 10), and a meeting's keys can be listed without a query on another field.
 */
public final class Keys {

    private static final int DIGITS = 19;

    private Keys() {
    }

    public static String of(String meetingId, long sequenceNumber) {
        return padded(meetingId, ':', sequenceNumber, DIGITS);
    }

    /**
     * The meeting's id, a separator and a number of at least so many digits. Built by hand: every row of every
     * register is keyed so, and String.format was a tenth of a replay's time.
     */
    static String padded(String meetingId, char separator, long number, int digits) {
        String written = Long.toString(number);
        StringBuilder key = new StringBuilder(meetingId.length() + 1 + digits).append(meetingId).append(separator);
        for (int pad = written.length(); pad < digits; pad++) {
            key.append('0');
        }
        return key.append(written).toString();
    }
}
