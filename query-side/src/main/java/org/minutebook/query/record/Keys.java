package org.minutebook.query.record;

/**
 * Storage keys within a meeting: {@code meetingId:sequenceNumber}, the number zero-padded so that keys sort as
 * numbers do (event 9 before event 10), and a meeting's keys can be listed without a query on another field.
 */
public final class Keys {

    private Keys() {
    }

    public static String of(String meetingId, long sequenceNumber) {
        return meetingId + ":" + String.format("%019d", sequenceNumber);
    }
}
