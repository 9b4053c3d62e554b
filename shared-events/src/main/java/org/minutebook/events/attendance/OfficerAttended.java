package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * An officer was in attendance.
 *
 * @param meetingId the meeting
 * @param officer the officer
 * @param role their post ("Director of Children and Family Services"), or null
 */
@EventVersion(2)
public record OfficerAttended(
        String meetingId,
        Person officer,
        String role) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
