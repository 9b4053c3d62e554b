package org.minutebook.query.record;

import org.minutebook.events.declarations.DeclarationEvent;
import org.minutebook.events.declarations.InterestDeclared;
import org.minutebook.events.declarations.NoInterestsDeclared;
import org.minutebook.events.declarations.NoPartyWhipDeclared;
import org.minutebook.events.declarations.PartyWhipDeclared;

/** Declarations, under the item they concern; an interest that concerns no item is a general declaration. */
final class DeclarationFolding implements DeclarationEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(InterestDeclared e) {
        return (r, at) -> {
            Fact.Interest interest = new Fact.Interest(at.sequenceNumber(), at.corrected(), e.declarationId(),
                    e.member(), e.words(), e.category(), e.leftRoom(), e.tookNoPartInVote(), e.dispensation());
            if (e.itemId() == null) {
                r.generalDeclarations.add(interest);
            } else {
                r.addToItem(e.itemId(), interest);
            }
        };
    }

    @Override
    public RecordFold.Change on(NoInterestsDeclared e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.NoInterests(at.sequenceNumber(), at.corrected()));
    }

    @Override
    public RecordFold.Change on(PartyWhipDeclared e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.PartyWhip(at.sequenceNumber(), at.corrected(),
                e.declarationId(), e.member(), e.words()));
    }

    @Override
    public RecordFold.Change on(NoPartyWhipDeclared e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.NoPartyWhip(at.sequenceNumber(), at.corrected()));
    }
}
