package org.minutebook.events.declarations;

import org.minutebook.events.MeetingEvent;

/**
 * Interests and party whips declared, or the record that none were (docs/events.md, "Declarations").
 */
public sealed interface DeclarationEvent extends MeetingEvent permits InterestDeclared, NoInterestsDeclared,
        PartyWhipDeclared, NoPartyWhipDeclared {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.declarations(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(InterestDeclared event);

        R on(NoInterestsDeclared event);

        R on(PartyWhipDeclared event);

        R on(NoPartyWhipDeclared event);
    }
}
