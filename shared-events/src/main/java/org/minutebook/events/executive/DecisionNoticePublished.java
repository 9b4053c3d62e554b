package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * The decision notice was published ("Record of executive decision, published 13 January 2027; call-in deadline
 * 20 January 2027"), with the dates computed in the council's calendar when it was published.
 *
 * @param decisionId        the decision
 * @param publishedOn       the day it was published
 * @param dueBy             the last day it was due: 2 working days after the decision
 * @param callInDeadline    the last day of the call-in window (the council's working days after publication), or
 *                          null when the decision may not be called in (an officer's non-key decision, special urgency)
 * @param implementableFrom the first day the decision may be implemented if no call-in is made
 */
@EventVersion(1)
public record DecisionNoticePublished(String decisionId, LocalDate publishedOn, LocalDate dueBy,
                                      LocalDate callInDeadline, LocalDate implementableFrom)
        implements ExecutiveDecisionEvent {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
