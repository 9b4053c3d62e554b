package org.minutebook.command.kernel;

/**
 * Where a meeting is in its life. Facts of the meeting are recorded once it has been held (OPEN, ADJOURNED, CLOSED),
 * live or drafted afterwards, until its minutes are confirmed ({@link MeetingState#requireRecordable}).
 */
public enum MeetingPhase {
    SCHEDULED,
    OPEN,
    ADJOURNED,
    CLOSED,
    CANCELLED
}
