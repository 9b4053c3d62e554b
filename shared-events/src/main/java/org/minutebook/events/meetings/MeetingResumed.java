package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

import java.time.LocalDateTime;

/**
 * An adjourned meeting resumed.
 *
 * @param meetingId the meeting
 * @param resumedAt when, council's local time
 */
@EventVersion(1)
public record MeetingResumed(
        String meetingId,
        LocalDateTime resumedAt) implements MeetingEvent {
}
