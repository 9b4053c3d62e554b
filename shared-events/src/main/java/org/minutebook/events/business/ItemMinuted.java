package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

import java.util.List;

/**
 * The minute of an item: what was said and the points raised.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param text the minute text
 * @param pointsRaised the points raised, in order ("i) …", "ii) …")
 */
@EventVersion(1)
public record ItemMinuted(
        String meetingId,
        String itemId,
        String text,
        List<String> pointsRaised) implements MeetingEvent {

    public ItemMinuted {
        pointsRaised = pointsRaised == null ? List.of() : List.copyOf(pointsRaised);
    }
}
