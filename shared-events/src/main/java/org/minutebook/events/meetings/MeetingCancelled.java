package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

/**
 * A scheduled meeting was cancelled before it opened.
 *
 * @param meetingId the meeting
 * @param reason why, as announced
 */
@EventVersion(1)
public record MeetingCancelled(
        String meetingId,
        String reason) implements MeetingEvent {
}
