package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A substitute attended in place of a member of the committee ("Cllr Orton substituted").
 * <p>
 * Version 3 adds {@code mode}; a version-2 event reads as a substitute present in person.
 *
 * @param meetingId the meeting
 * @param substitute who attended as substitute
 * @param forMember the absent member they stood in for, or null when the page does not name them
 * @param mode how they attended: in person or remotely (a substitute is never merely in attendance)
 */
@EventVersion(3)
public record SubstituteRecorded(
        String meetingId,
        Person substitute,
        Person forMember,
        AttendanceMode mode) implements AttendanceEvent {

    /** A substitute present in person. */
    public SubstituteRecorded(String meetingId, Person substitute, Person forMember) {
        this(meetingId, substitute, forMember, AttendanceMode.IN_PERSON);
    }

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
