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
        upcasters.addAll(MovementUpcasters.all());
        upcasters.addAll(NotStatedRevisions.all());
        return List.copyOf(upcasters);
    }

    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all());
    }
}
