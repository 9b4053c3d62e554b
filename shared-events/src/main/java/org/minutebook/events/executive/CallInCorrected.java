package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A call-in of a decision was recorded wrongly and is corrected (a member left off the names, its reasons misread,
 * the day it was received). The call-in is given whole, as it should always have read; what scrutiny resolved on it
 * stays, and what it read before stays in the decision's history. On the decisions feed and {@code
 * minutebook.decisions} it is the call-in published again, as corrected.
 *
 * @param decisionId  the decision
 * @param corrected   the call-in whole, as it now reads (its id is the correction's)
 * @param reason      why
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record CallInCorrected(String decisionId, CallInRequested corrected, String reason, Person correctedBy)
        implements ExecutiveDecisionEvent, DecisionCorrection {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
