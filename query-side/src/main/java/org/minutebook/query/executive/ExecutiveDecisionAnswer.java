package org.minutebook.query.executive;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minutebook.events.published.Correction;
import org.minutebook.events.published.OutsideMeeting;

import java.util.List;

/**
 * A decision outside a meeting as the API answers it: the decision as it stands (or stood), where it is in its
 * life, whether its decision notice came later than the 2 working days it was due in, and its exempt part for those
 * who read exempt business (left out for the public).
 *
 * @param decision           the decision
 * @param stage              where it is in its life
 * @param decisionNoticeLate whether its decision notice was published after the day it was due; null before it is
 * @param exemptPart         the part withheld from the public, or null (always, for the public)
 * @param version            the last of its events the answer holds
 * @param corrections        the corrections of its plan or record the answer holds, oldest first (why, by whom);
 *                           what it read before each is what it reads as it stood before it ({@code asOf})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutiveDecisionAnswer(OutsideMeeting decision, Stage stage, Boolean decisionNoticeLate,
                                      String exemptPart, long version, List<Correction> corrections) {

    /** Where a decision outside a meeting is in its life, from the forward plan to its implementation. */
    public enum Stage {
        PLANNED,
        TAKEN,
        DECISION_NOTICE_PUBLISHED,
        CALLED_IN,
        REFERRED_BACK,
        IMPLEMENTABLE,
        REVOKED;

        static Stage of(OutsideMeeting decision) {
            if (decision.taken() == null) {
                return PLANNED;
            }
            if (decision.reconsidered() != null) {
                return decision.implementableFrom() == null ? REVOKED : IMPLEMENTABLE;
            }
            if (decision.callIn() != null) {
                return decision.callIn().outcome() == null ? CALLED_IN
                        : decision.callIn().outcome().upheld() ? REFERRED_BACK : IMPLEMENTABLE;
            }
            return decision.decisionNotice() == null ? TAKEN : DECISION_NOTICE_PUBLISHED;
        }
    }

    static ExecutiveDecisionAnswer of(OutsideMeeting decision, String exemptPart, long version,
                                      List<Correction> corrections) {
        Boolean late = decision.decisionNotice() == null ? null
                : decision.decisionNotice().publishedOn().isAfter(decision.decisionNotice().dueBy());
        return new ExecutiveDecisionAnswer(decision, Stage.of(decision), late, exemptPart, version, corrections);
    }
}
