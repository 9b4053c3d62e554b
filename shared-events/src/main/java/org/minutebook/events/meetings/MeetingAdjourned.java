package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;

import java.time.LocalDateTime;

/**
 * The meeting was adjourned.
 *
 * @param meetingId the meeting
 * @param adjournedAt when, council's local time
 * @param reason why, or null
 */
@EventVersion(1)
public record MeetingAdjourned(
        String meetingId,
        LocalDateTime adjournedAt,
        String reason) implements MeetingLifeEvent {

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
