package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

/**
 * A present member arrived after the start, during an item.
 *
 * @param meetingId the meeting
 * @param memberId the member
 * @param itemId the item during which they arrived
 */
@EventVersion(1)
public record MemberArrivedLate(
        String meetingId,
        String memberId,
        String itemId) implements MeetingEvent {
}
