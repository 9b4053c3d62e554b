package org.minutebook.events.attendance;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A member sent apologies for absence ("An apology for absence was received from Councillor
 * Cole").
 *
 * @param meetingId the meeting
 * @param member the absent member
 * @param reason the reason given, or null
 */
@EventVersion(2)
public record ApologyRecorded(
        String meetingId,
        Person member,
        String reason) implements AttendanceEvent {

    @Override
    public <R> R accept(AttendanceEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
