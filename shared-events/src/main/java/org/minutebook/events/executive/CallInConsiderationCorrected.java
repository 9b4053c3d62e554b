package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * Scrutiny's consideration of a call-in was recorded wrongly and is corrected (the day it met, what it resolved, its
 * reasons). The consideration is given whole, as it should always have read, the first day the decision may be
 * implemented counted again from it (while the decision was not reconsidered). What it read before stays in the
 * decision's history. On the decisions feed and {@code minutebook.decisions} it is the consideration published
 * again, as corrected.
 *
 * @param decisionId  the decision
 * @param corrected   the consideration whole, as it now reads (its id is the correction's)
 * @param reason      why
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record CallInConsiderationCorrected(String decisionId, CallInConsidered corrected, String reason,
                                           Person correctedBy) implements ExecutiveDecisionEvent, DecisionCorrection {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
