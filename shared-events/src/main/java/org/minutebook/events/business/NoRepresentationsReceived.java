package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

/**
 * No representations or statements of case were received ("The Monitoring Officer reported that none had been received").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param text the words minuted, or null
 */
@EventVersion(1)
public record NoRepresentationsReceived(
        String meetingId,
        String itemId,
        String text) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
