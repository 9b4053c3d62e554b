package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

import java.time.LocalDateTime;

/**
 * The meeting closed ("The meeting closed at 7.00pm"). Its minutes stay a draft, to which facts may still be
 * added, until they are confirmed at a later meeting.
 *
 * @param meetingId the meeting
 * @param closedAt the close time, civil time in the meeting's time zone, or null when the minutes do not state it
 */
@EventVersion(2)
public record MeetingClosed(
        String meetingId,
        LocalDateTime closedAt) implements MeetingEvent {
}
