package org.minutebook.events.interests;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A member's register of interests with a council was opened, with its first entry: "Register of Interests —
 * Councillor Deborah Taylor, Leicestershire County Council".
 *
 * @param registerId the register ({@code interests.<council>.<member>})
 * @param council the council whose register it is
 * @param member the member, by the id the council knows them by and their name as the register writes it (or null
 *               when the first entry does not give it)
 */
@EventVersion(1)
public record RegisterOfInterestsOpened(String registerId, String council, Person member) implements InterestsEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
