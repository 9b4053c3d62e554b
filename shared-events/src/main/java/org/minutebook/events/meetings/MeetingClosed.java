package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;

import java.time.LocalTime;

/**
 * The meeting closed ("The meeting closed at 7.00pm"). Its minutes stay a draft, to which facts may still be
 * added, until they are confirmed at a later meeting.
 *
 * @param meetingId the meeting
 * @param closedAt the time of day it closed, civil time in the meeting's time zone, on the meeting's day; or null
 *                 when the minutes do not state it. A time of day, so that a meeting whose date the page does not
 *                 state ("the meeting finished at 8:20pm") still closes at its time
 */
@EventVersion(2)
public record MeetingClosed(
        String meetingId,
        LocalTime closedAt) implements MeetingLifeEvent {

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
