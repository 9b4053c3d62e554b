package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * At this meeting a member apologised for absences from earlier meetings (001: "Cllr Gregg apologised for being
 * absent for the previous two meetings"). It says nothing of their attendance at this meeting.
 *
 * @param meetingId the meeting
 * @param member who apologised, as written
 * @param absences which absences, in the words minuted ("for being absent for the previous two meetings")
 */
@EventVersion(1)
public record EarlierAbsenceApologised(
        String meetingId,
        Person member,
        String absences) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
