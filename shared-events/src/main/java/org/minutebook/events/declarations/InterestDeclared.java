package org.minutebook.events.declarations;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A member declared an interest ("Councillor March declared that she was a governor at Ellesmere
 * College").
 *
 * @param meetingId the meeting
 * @param declarationId the declaration's id within the meeting
 * @param member who declared
 * @param itemId the item it concerns, or null for a general declaration
 * @param words the interest, in the words recorded
 * @param category disclosable pecuniary, other registrable, non-registrable, or not stated
 * @param leftRoom the member left the room for the item
 * @param tookNoPartInVote the member took no part in the vote
 * @param dispensation a dispensation the member holds for it, as minuted, or null
 */
@EventVersion(2)
public record InterestDeclared(
        String meetingId,
        String declarationId,
        Person member,
        String itemId,
        String words,
        InterestCategory category,
        boolean leftRoom,
        boolean tookNoPartInVote,
        String dispensation) implements DeclarationEvent {

    @Override
    public <R> R accept(DeclarationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
