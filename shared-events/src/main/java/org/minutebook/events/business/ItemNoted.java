package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

/**
 * The item's outcome was that it was noted, with no formal resolution ("The update was noted.", "The work
 * programme was noted.").
 *
 * @param meetingId the meeting
 * @param itemId the item
 * @param text the words minuted
 */
@EventVersion(1)
public record ItemNoted(
        String meetingId,
        String itemId,
        String text) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
