package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

import java.time.LocalDateTime;

/**
 * A scheduled meeting was moved to another time or venue before it opened.
 *
 * @param meetingId the meeting
 * @param startsAt the new start, council's local time
 * @param venue the new venue
 * @param reason why, as announced, or null
 */
@EventVersion(1)
public record MeetingRescheduled(
        String meetingId,
        LocalDateTime startsAt,
        String venue,
        String reason) implements MeetingEvent {
}
