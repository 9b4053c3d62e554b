package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * The record of a decision taken outside a meeting was corrected: it was written wrongly ("the reasons should read
 * …", the maker misnamed). The decision is given whole, as its record should always have read; what it read before
 * stays in its history, and the decision as it stood before the correction still reads so. On the decisions feed
 * and {@code minutebook.decisions} it is the decision published again, as corrected.
 *
 * @param decisionId  the decision
 * @param corrected   the decision as taken, whole, as it now reads (its id is the correction's)
 * @param reason      why
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record DecisionTakenCorrected(String decisionId, DecisionTaken corrected, String reason, Person correctedBy)
        implements ExecutiveDecisionEvent, DecisionCorrection {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
