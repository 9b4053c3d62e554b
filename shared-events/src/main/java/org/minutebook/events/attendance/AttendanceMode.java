package org.minutebook.events.attendance;

/**
 * How someone attended, as ModernGov's attendance lists say it ("Present", "Present, virtual", "In attendance").
 * Presence in law follows it: in England a member attending remotely is not present (since May 2021: no vote, not
 * counted to the quorum), unless the committee's standing orders say remote attendance counts (Wales, Scotland).
 */
public enum AttendanceMode {
    /** In the room ("Present"). */
    IN_PERSON,
    /** By video or telephone ("Present, virtual"). */
    REMOTE,
    /** A councillor who is not a member of the committee, attending without a vote ("In attendance"). */
    IN_ATTENDANCE
}
