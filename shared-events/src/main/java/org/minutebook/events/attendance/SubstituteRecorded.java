package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.Person;

/**
 * A substitute stood in for a member of the committee who sent apologies ("Cllr Orton substituted").
 *
 * @param meetingId the meeting
 * @param substitute who attended as substitute
 * @param forMemberId the absent member they stood in for
 */
@EventVersion(1)
public record SubstituteRecorded(
        String meetingId,
        Person substitute,
        String forMemberId) implements MeetingEvent {
}
