package org.minutebook.events.actions;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * A decision, or the discussion, asked for a further report ("That a further report be presented to the Committee on 19
 * January 2021").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param actionId the action's id within the meeting
 * @param resolutionId the decision that asked for it, or null when it arose from the discussion
 * @param subject what the report is to cover
 * @param toBody the body it is to go to, or null when the minutes name none ("a further report be submitted to a
 *               future meeting"; since version 3)
 * @param dueMeetingDate the meeting it is due at, or null for "a future meeting"
 */
@EventVersion(3)
public record FurtherReportRequested(
        String meetingId,
        String itemId,
        String actionId,
        String resolutionId,
        String subject,
        String toBody,
        LocalDate dueMeetingDate) implements FollowUpEvent {

    @Override
    public <R> R accept(FollowUpEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
