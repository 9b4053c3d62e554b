package org.minutebook.events.minutes;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * This meeting's confirmed minutes were signed by the chair of the confirming meeting (the CHAIRMAN
 * block).
 *
 * @param meetingId the meeting
 * @param signedBy the chair who signed
 * @param atMeetingId the meeting at which they signed
 */
@EventVersion(2)
public record MinutesSigned(
        String meetingId,
        Person signedBy,
        String atMeetingId) implements MinutesEvent {

    @Override
    public <R> R accept(MinutesEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
