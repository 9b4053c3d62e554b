package org.minutebook.events.declarations;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A member declared that they were subject to a party whip on an item.
 *
 * @param meetingId the meeting
 * @param declarationId the declaration's id within the meeting
 * @param member who declared
 * @param itemId the item the whip concerns
 * @param words the declaration, in the words recorded
 */
@EventVersion(2)
public record PartyWhipDeclared(
        String meetingId,
        String declarationId,
        Person member,
        String itemId,
        String words) implements DeclarationEvent {

    @Override
    public <R> R accept(DeclarationEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
