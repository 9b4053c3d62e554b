package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A member was present ("PRESENT").
 *
 * @param meetingId the meeting
 * @param member the member, name as written
 */
@EventVersion(2)
public record MemberAttended(
        String meetingId,
        Person member) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
