package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A key decision's entry on the forward plan was corrected: it was entered wrongly (its title, its decision maker,
 * why it is to be taken in private). The entry is given whole, as it should always have read; what it read before
 * stays in its history. On the decisions feed and {@code minutebook.decisions} it is the plan published again, as
 * corrected.
 *
 * @param decisionId  the decision
 * @param corrected   the entry on the forward plan, whole, as it now reads (its id is the correction's)
 * @param reason      why
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record KeyDecisionPlanCorrected(String decisionId, KeyDecisionPlanned corrected, String reason,
                                       Person correctedBy) implements ExecutiveDecisionEvent, DecisionCorrection {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
