package org.minutebook.command.kernel;

/** Where a meeting is in its life. Facts of the meeting itself are recorded only while it is OPEN. */
public enum MeetingPhase {
    SCHEDULED,
    OPEN,
    ADJOURNED,
    CLOSED,
    CANCELLED
}
