package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * The reconsideration of a decision referred back was recorded wrongly and is corrected (its day, its outcome, the
 * decision as varied). The reconsideration is given whole, as it should always have read, the first day the
 * decision may be implemented counted again from it. What it read before stays in the decision's history. On the
 * decisions feed and {@code minutebook.decisions} it is the reconsideration published again, as corrected.
 *
 * @param decisionId  the decision
 * @param corrected   the reconsideration whole, as it now reads (its id is the correction's)
 * @param reason      why
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record ReconsiderationCorrected(String decisionId, DecisionReconsidered corrected, String reason,
                                       Person correctedBy) implements ExecutiveDecisionEvent, DecisionCorrection {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
