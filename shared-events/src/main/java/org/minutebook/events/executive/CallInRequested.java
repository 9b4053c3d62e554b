package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision was called in for scrutiny within its window ("called in by Cllrs Brown, Patel and Wood"); it may not
 * be implemented until scrutiny has considered it.
 *
 * @param decisionId  the decision
 * @param requestedOn the day the call-in was received
 * @param requestedBy the members calling it in, as named; empty when the record does not name them
 * @param reasons     the reasons given, or null
 */
@EventVersion(1)
public record CallInRequested(String decisionId, LocalDate requestedOn, List<Person> requestedBy, String reasons)
        implements ExecutiveDecisionEvent {

    public CallInRequested {
        requestedBy = requestedBy == null ? List.of() : List.copyOf(requestedBy);
    }

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
