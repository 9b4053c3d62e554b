package org.minutebook.events.actions;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * An action or referral that followed the meeting was done; may be recorded after the meeting closed.
 *
 * @param meetingId the meeting
 * @param actionId the action
 * @param completedOn when
 * @param note how, or null
 */
@EventVersion(1)
public record ActionCompleted(
        String meetingId,
        String actionId,
        LocalDate completedOn,
        String note) implements FollowUpEvent {

    @Override
    public <R> R accept(FollowUpEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
