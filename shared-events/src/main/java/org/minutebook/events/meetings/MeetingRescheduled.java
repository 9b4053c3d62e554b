package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A scheduled meeting was moved to another day, time or venue before it opened. It holds the meeting's day, time
 * and venue after the move: what did not move is repeated as scheduled.
 *
 * @param meetingId the meeting
 * @param date the new day, or null when not stated
 * @param startTime the new start, civil time in the meeting's time zone, or null when not stated
 * @param venue the new venue, or null when not stated
 * @param reason why, as announced, or null
 */
@EventVersion(2)
public record MeetingRescheduled(
        String meetingId,
        LocalDate date,
        LocalTime startTime,
        String venue,
        String reason) implements MeetingLifeEvent {

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
