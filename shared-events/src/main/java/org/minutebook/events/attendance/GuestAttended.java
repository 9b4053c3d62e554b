package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * Someone other than a member or officer attended in a capacity (a lead member, a Deputy City Mayor,
 * a co-optee, a witness).
 *
 * @param meetingId the meeting
 * @param guest who attended
 * @param capacity in what capacity, or null when the page does not say (000's "Mr Mohit Sharma commented")
 */
@EventVersion(2)
public record GuestAttended(
        String meetingId,
        Person guest,
        String capacity) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
