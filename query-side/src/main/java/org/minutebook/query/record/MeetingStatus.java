package org.minutebook.query.record;

/** Where a meeting is in its life, as the meeting read model and the minutes say it. */
public enum MeetingStatus {
    SCHEDULED,
    OPEN,
    ADJOURNED,
    CLOSED,
    CANCELLED
}
