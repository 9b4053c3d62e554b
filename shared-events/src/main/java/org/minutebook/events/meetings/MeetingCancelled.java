package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;

/**
 * A scheduled meeting was cancelled before it opened.
 *
 * @param meetingId the meeting
 * @param reason why, as announced
 */
@EventVersion(1)
public record MeetingCancelled(
        String meetingId,
        String reason) implements MeetingLifeEvent {

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
