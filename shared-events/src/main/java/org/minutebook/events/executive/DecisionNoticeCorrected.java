package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A decision notice was recorded wrongly and is corrected (the day it was published misread). The notice is given
 * whole, as it should always have read, its dates counted again in the council's calendar from the day corrected:
 * the call-in deadline moves with it, and so does the first day the decision may be implemented while no call-in
 * was made. What it read before stays in the decision's history. On the decisions feed and {@code
 * minutebook.decisions} it is the decision notice published again, as corrected.
 *
 * @param decisionId  the decision
 * @param corrected   the decision notice whole, as it now reads (its id is the correction's)
 * @param reason      why
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record DecisionNoticeCorrected(String decisionId, DecisionNoticePublished corrected, String reason,
                                      Person correctedBy) implements ExecutiveDecisionEvent, DecisionCorrection {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
