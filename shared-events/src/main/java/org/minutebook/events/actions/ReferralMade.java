package org.minutebook.events.actions;

import org.minutebook.events.EventVersion;

/**
 * A matter was referred to another body ("refer to Scrutiny Board 4 … housing allocation priority for
 * foster carers").
 * <p>
 * Version 2 adds {@code partId}: a referral may follow from one part of a decision; a version-1 event reads as
 * following from the decision as a whole. Version 3 lets {@code subject} be null, where the minutes state none
 * apart from the decision's own words ("That the Cabinet be advised of the comments made by the Committee."); a
 * version-2 event reads as it is.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param actionId the action's id within the meeting
 * @param resolutionId the decision that made it, or null when minuted without one
 * @param partId the part of that decision it follows from, or null for the decision as a whole (or none)
 * @param toBody the body referred to
 * @param subject what was referred, or null when the minutes state it only in the decision's words (since
 *                version 3)
 */
@EventVersion(3)
public record ReferralMade(
        String meetingId,
        String itemId,
        String actionId,
        String resolutionId,
        String partId,
        String toBody,
        String subject) implements FollowUpEvent {

    /** A referral made by a decision as a whole, or by none. */
    public ReferralMade(String meetingId, String itemId, String actionId, String resolutionId, String toBody,
                        String subject) {
        this(meetingId, itemId, actionId, resolutionId, null, toBody, subject);
    }

    @Override
    public <R> R accept(FollowUpEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
