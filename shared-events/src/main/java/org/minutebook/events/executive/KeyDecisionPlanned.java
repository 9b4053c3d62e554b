package org.minutebook.events.executive;

import org.minutebook.events.EventVersion;

import java.time.LocalDate;

/**
 * A key decision was entered on the council's forward plan ("Key decision: award of the highways maintenance
 * contract, Cabinet, 14 January 2027, private: paragraph 3").
 *
 * @param decisionId    the decision's stable id, kept from the plan to its implementation
 * @param council       the council whose forward plan it is on
 * @param title         the matter to be decided, as the plan words it
 * @param decisionMaker who is to take it, as the plan names them ("Cabinet", "Cabinet Member for Housing"), or null
 *                      when the plan does not say
 * @param plannedFor    the date it is to be taken, or null when the plan gives none (a month only, "to be confirmed")
 * @param privateReason why it is to be taken in private (an exempt paragraph of Schedule 12A and its words), or null
 *                      when it is to be taken in public
 * @param matterId      the matter it belongs to, or null
 */
@EventVersion(1)
public record KeyDecisionPlanned(String decisionId, String council, String title, String decisionMaker,
                                 LocalDate plannedFor, String privateReason, String matterId)
        implements ExecutiveDecisionEvent {

    @Override
    public <R> R accept(ExecutiveDecisionEvent.Visitor<R> visitor) {
        return visitor.on(this);
    }
}
