package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A substitute attended in place of a member of the committee ("Cllr Orton substituted").
 *
 * @param meetingId the meeting
 * @param substitute who attended as substitute
 * @param forMember the absent member they stood in for, or null when the page does not name them
 */
@EventVersion(2)
public record SubstituteRecorded(
        String meetingId,
        Person substitute,
        Person forMember) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
