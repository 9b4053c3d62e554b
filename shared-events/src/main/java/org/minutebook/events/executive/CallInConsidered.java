package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * Scrutiny considered a call-in ("RESOLVED that the decision be referred back to the Cabinet Member for
 * reconsideration").
 *
 * @param decisionId        the decision
 * @param consideredOn      the day scrutiny considered it
 * @param committeeId       the scrutiny committee, or null when not stated
 * @param meetingId         its meeting, or null when not stated
 * @param outcome           what it resolved
 * @param reasons           its reasons or recommendations to the maker, or null
 * @param implementableFrom the first day the decision may now be implemented: the day it was considered when the
 *                          call-in was not upheld; null while it waits to be reconsidered
 */
@EventVersion(1)
public record CallInConsidered(String decisionId, LocalDate consideredOn, String committeeId, String meetingId,
                               CallInOutcome outcome, String reasons, LocalDate implementableFrom)
        implements ExecutiveDecisionEvent {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
