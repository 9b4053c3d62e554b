package org.minutebook.events.actions;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * A decision, or the discussion, asked for a further report ("That a further report be presented to the Committee on 19
 * January 2021").
 * <p>
 * Version 3 adds {@code partId}: a further report may be asked for by one part of a decision; a version-2 event reads
 * as asked for by the decision as a whole. Version 4 lets {@code toBody} be null, where the minutes name no body; a
 * version-3 event reads as it is. Version 5 lets {@code subject} be null, where the minutes state none apart from the
 * decision's own words; a version-4 event reads as it is.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param actionId the action's id within the meeting
 * @param resolutionId the decision that asked for it, or null when it arose from the discussion
 * @param partId the part of that decision it follows from, or null for the decision as a whole (or none)
 * @param subject what the report is to cover, or null when the minutes state it only in the decision's words
 *                (since version 5)
 * @param toBody the body it is to go to, or null when the minutes name none ("a further report be submitted to a
 *               future meeting"; since version 4)
 * @param dueMeetingDate the meeting it is due at, or null for "a future meeting"
 */
@EventVersion(5)
public record FurtherReportRequested(
        String meetingId,
        String itemId,
        String actionId,
        String resolutionId,
        String partId,
        String subject,
        String toBody,
        LocalDate dueMeetingDate) implements FollowUpEvent {

    /** A further report asked for by a decision as a whole, or in the discussion. */
    public FurtherReportRequested(String meetingId, String itemId, String actionId, String resolutionId,
                                  String subject, String toBody, LocalDate dueMeetingDate) {
        this(meetingId, itemId, actionId, resolutionId, null, subject, toBody, dueMeetingDate);
    }

    @Override
    public <R> R accept(FollowUpEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
