package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;

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
        LocalDateTime resumedAt) implements MeetingLifeEvent {

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
