package org.minutebook.events.actions;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * Something to be done was agreed ("a letter be sent to the Operational Lead for Fostering").
 * <p>
 * Version 2 adds {@code partId}: an action may follow from one part of a decision ("b) That a letter be sent…"); a
 * version-1 event reads as following from the decision as a whole.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param actionId the action's id within the meeting
 * @param resolutionId the decision that agreed it, or null
 * @param partId the part of that decision it follows from, or null for the decision as a whole (or none)
 * @param description what is to be done
 * @param owner who is to do it, or null
 * @param dueBy by when, or null
 */
@EventVersion(2)
public record ActionAgreed(
        String meetingId,
        String itemId,
        String actionId,
        String resolutionId,
        String partId,
        String description,
        String owner,
        LocalDate dueBy) implements FollowUpEvent {

    /** An action following from a decision as a whole, or from none. */
    public ActionAgreed(String meetingId, String itemId, String actionId, String resolutionId, String description,
                        String owner, LocalDate dueBy) {
        this(meetingId, itemId, actionId, resolutionId, null, description, owner, dueBy);
    }

    @Override
    public <R> R accept(FollowUpEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
