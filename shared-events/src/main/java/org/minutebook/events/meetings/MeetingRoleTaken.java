package org.minutebook.events.meetings;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * Someone held a role at the meeting: who was vice-chair, or who took the chair when it changed during the
 * meeting ("Councillor X in the Chair for item 5").
 *
 * @param meetingId the meeting
 * @param role the role
 * @param person who held it
 * @param fromItemId the item from which they held it, or null for the whole meeting
 */
@EventVersion(1)
public record MeetingRoleTaken(
        String meetingId,
        MeetingRole role,
        Person person,
        String fromItemId) implements MeetingLifeEvent {

    @Override
    public <R> R accept(MeetingLifeEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
