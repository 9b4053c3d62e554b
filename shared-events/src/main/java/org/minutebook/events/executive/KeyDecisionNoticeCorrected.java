package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

/**
 * A notice of a key decision was recorded wrongly and is corrected (its kind, the day it was published, its reason).
 * The notice is given whole, as it should always have read, its clear days counted again to the date planned. What
 * it read before stays in the decision's history. On the decisions feed and {@code minutebook.decisions} it is the
 * notice published again, as corrected.
 *
 * @param decisionId  the key decision
 * @param notice      which of its notices, by number: 1 for the first published
 * @param corrected   the notice whole, as it now reads (its id is the correction's)
 * @param reason      why
 * @param correctedBy who corrected it
 */
@EventVersion(1)
public record KeyDecisionNoticeCorrected(String decisionId, int notice, KeyDecisionNoticePublished corrected,
                                         String reason, Person correctedBy)
        implements ExecutiveDecisionEvent, DecisionCorrection {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
