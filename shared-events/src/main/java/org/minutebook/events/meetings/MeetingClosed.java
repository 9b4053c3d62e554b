package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

import java.time.LocalDateTime;

/**
 * The meeting closed ("The meeting closed at 7.00pm").
 *
 * @param meetingId the meeting
 * @param closedAt the close time, council's local time
 */
@EventVersion(1)
public record MeetingClosed(
        String meetingId,
        LocalDateTime closedAt) implements MeetingEvent {
}
