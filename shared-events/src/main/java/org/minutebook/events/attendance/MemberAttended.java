package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A member was present ("PRESENT"), attended remotely ("Present, virtual"), or, not being a member of the
 * committee, was in attendance ("In attendance").
 * <p>
 * Version 3 adds {@code mode}; a version-2 event reads as present in person, as "PRESENT" meant.
 *
 * @param meetingId the meeting
 * @param member the member, name as written
 * @param mode how they attended: in person, remotely, or in attendance without being a member of the committee
 */
@EventVersion(3)
public record MemberAttended(
        String meetingId,
        Person member,
        AttendanceMode mode) implements AttendanceEvent {

    /** Present in person ("PRESENT"). */
    public MemberAttended(String meetingId, Person member) {
        this(meetingId, member, AttendanceMode.IN_PERSON);
    }

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
