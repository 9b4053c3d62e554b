package org.minutebook.upcasters;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every upcaster of the contract, in the order they must run: contract-1 names first (so the others match public
 * names only), then each event's versions in turn. A reader of stored or published events builds this one chain.
 */
public final class ContractUpcasters {

    private ContractUpcasters() {
    }

    public static List<EventUpcaster> all() {
        List<EventUpcaster> upcasters = new ArrayList<>();
        upcasters.add(new ContractOneNamesUpcaster());
        upcasters.add(new QuestionAskedUpcaster());
        upcasters.add(new QuestionAskedCorrectionUpcaster());
        upcasters.add(new FactCorrectedUpcaster());
        upcasters.addAll(ContractTwoRevisions.upcasters());
        // version 3 of a confirmation of minutes adds its mover and seconder, null where not stated
        upcasters.add(RevisionUpcaster.addedFieldsOnly("minutebook.PreviousMinutesConfirmed", 2));
        upcasters.addAll(MovementUpcasters.all());
        upcasters.add(NotStatedRevisions.corrections(2));
        upcasters.addAll(LawRevisions.upcasters());
        upcasters.add(NotStatedRevisions.corrections(3));
        upcasters.addAll(NotStatedRevisions.all());
        return List.copyOf(upcasters);
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all());
    }
}
