package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

/**
 * The previous minutes gave rise to no matters ("There were no matters arising").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param text the words minuted, or null
 */
@EventVersion(1)
public record NoMattersArising(
        String meetingId,
        String itemId,
        String text) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
