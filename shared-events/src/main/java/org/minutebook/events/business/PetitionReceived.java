package org.minutebook.events.business;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A petition was received.
 *
 * @param meetingId the meeting
 * @param itemId the agenda item it was recorded under
 * @param petitionId the petition's id within the meeting
 * @param title its subject
 * @param presentedBy the lead petitioner or presenting member
 * @param signatures the number of signatures, or null
 * @param text the prayer of the petition, or null
 */
@EventVersion(2)
public record PetitionReceived(
        String meetingId,
        String itemId,
        String petitionId,
        String title,
        Person presentedBy,
        Integer signatures,
        String text) implements BusinessEvent {

    @Override
    public <R> R accept(BusinessEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
