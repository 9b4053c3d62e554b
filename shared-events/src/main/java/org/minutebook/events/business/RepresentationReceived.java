package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A representation, statement of case or statement was received ("A detailed statement from STILL SEND 16+ was
 * taken as read and had been distributed to committee members").
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param representationId its id within the meeting
 * @param kind representation, statement of case or statement
 * @param from who made it, as the page names them
 * @param text its words, or null when the page does not give them
 * @param takenAsRead it was taken as read rather than read out
 */
@EventVersion(1)
public record RepresentationReceived(
        String meetingId,
        String itemId,
        String representationId,
        RepresentationKind kind,
        Person from,
        String text,
        boolean takenAsRead) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
