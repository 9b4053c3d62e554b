package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

/**
 * The chair took an item as urgent business, not on the published agenda.
 *
 * @param meetingId the meeting
 * @param itemId the item taken as urgent
 * @param reason the special circumstances, as minuted, or null when not stated
 */
@EventVersion(1)
public record UrgentItemTaken(
        String meetingId,
        String itemId,
        String reason) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
