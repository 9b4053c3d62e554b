package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * A decision referred back after a call-in was reconsidered ("the Cabinet Member confirmed the decision with the
 * following amendment …"); the implementation date moves to the day of it.
 *
 * @param decisionId        the decision
 * @param reconsideredOn    the day it was reconsidered
 * @param outcome           confirmed, varied or revoked
 * @param decision          the decision as varied, or null when it stands as taken (or is revoked)
 * @param reasons           the reasons, or null
 * @param implementableFrom the first day it may now be implemented, or null when it was revoked
 */
@EventVersion(1)
public record DecisionReconsidered(String decisionId, LocalDate reconsideredOn, Reconsideration outcome,
                                   String decision, String reasons, LocalDate implementableFrom)
        implements ExecutiveDecisionEvent {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
