package org.minutebook.events.business;

import org.minutebook.events.EventVersion;

/**
 * The chair made an announcement.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param text the announcement as minuted
 */
@EventVersion(1)
public record ChairsAnnouncementMade(
        String meetingId,
        String itemId,
        String text) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
