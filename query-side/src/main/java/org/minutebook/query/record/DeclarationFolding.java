package org.minutebook.query.record;

import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;

/** Declarations, under the item they concern; an interest that concerns no item is a general declaration. */
final class DeclarationFolding {

    private DeclarationFolding() {
    }

    static void register(RecordFold fold) {
        fold.on(InterestDeclared.class, (r, e, at) -> {
            Fact.Interest interest = new Fact.Interest(at.sequenceNumber(), at.corrected(), e.declarationId(),
                    e.member(), e.words(), e.category(), e.leftRoom(), e.tookNoPartInVote(), e.dispensation());
            if (e.itemId() == null) {
                r.generalDeclarations.add(interest);
            } else {
                r.addToItem(e.itemId(), interest);
            }
        });
        fold.on(NoInterestsDeclared.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.NoInterests(at.sequenceNumber(), at.corrected())));
        fold.on(PartyWhipDeclared.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.PartyWhip(at.sequenceNumber(), at.corrected(), e.declarationId(), e.member(), e.words())));
        fold.on(NoPartyWhipDeclared.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.NoPartyWhip(at.sequenceNumber(), at.corrected())));
    }
}
