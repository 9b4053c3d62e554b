package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;

/**
 * A present member left before the close, during an item.
 *
 * @param meetingId the meeting
 * @param memberId the member
 * @param itemId the item during which they left
 */
@EventVersion(1)
public record MemberLeftEarly(
        String meetingId,
        String memberId,
        String itemId) implements MeetingEvent {
}
