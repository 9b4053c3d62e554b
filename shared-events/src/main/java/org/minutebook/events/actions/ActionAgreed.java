package org.minutebook.events.actions;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * Something to be done was agreed ("a letter be sent to the Operational Lead for Fostering").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param actionId the action's id within the meeting
 * @param resolutionId the decision that agreed it, or null
 * @param description what is to be done
 * @param owner who is to do it, or null
 * @param dueBy by when, or null
 */
@EventVersion(1)
public record ActionAgreed(
        String meetingId,
        String itemId,
        String actionId,
        String resolutionId,
        String description,
        String owner,
        LocalDate dueBy) implements FollowUpEvent {

    @Override
    public <R> R accept(FollowUpEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
