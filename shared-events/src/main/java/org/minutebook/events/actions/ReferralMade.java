package org.minutebook.events.actions;

import org.minutebook.events.EventVersion;

/**
 * A matter was referred to another body ("refer to Scrutiny Board 4 … housing allocation priority for
 * foster carers").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param actionId the action's id within the meeting
 * @param resolutionId the decision that made it, or null when minuted without one
 * @param toBody the body referred to
 * @param subject what was referred
 */
@EventVersion(1)
public record ReferralMade(
        String meetingId,
        String itemId,
        String actionId,
        String resolutionId,
        String toBody,
        String subject) implements FollowUpEvent {

    @Override
    public <R> R accept(FollowUpEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
