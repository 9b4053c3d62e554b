package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;

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
        String itemId) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
