package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A present member left before the close, during an item ("Councillor Cole left the meeting during this item").
 * <p>
 * Version 2 names the member as the minutes do, a {@link Person} matched as every rule matches people; version 1's
 * {@code memberId} reads as a member known by that id alone.
 *
 * @param meetingId the meeting
 * @param member the member, as the minutes name them: one recorded present
 * @param itemId the item during which they left
 */
@EventVersion(2)
public record MemberLeftEarly(
        String meetingId,
        Person member,
        String itemId) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
