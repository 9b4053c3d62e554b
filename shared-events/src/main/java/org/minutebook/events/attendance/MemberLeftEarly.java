package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;

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
        String itemId) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
