package org.minutebook.events.published;

import java.time.LocalDate;
import java.util.List;

/**
 * The forward plan's entry: who is to decide, when, whether in private and why, and the notices published.
 *
 * @param decisionMaker who is to take it, as the plan names them, or null
 * @param plannedFor    the planned date, or null
 * @param privateReason why it is to be taken in private, or null when in public
 * @param notices       the notices published, in order
 */
public record ForwardPlan(String decisionMaker, LocalDate plannedFor, String privateReason, List<Notice> notices) {

    public ForwardPlan {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }
}
