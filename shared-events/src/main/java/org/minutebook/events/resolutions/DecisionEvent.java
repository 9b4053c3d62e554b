package org.minutebook.events.resolutions;

import org.minutebook.events.MeetingEvent;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemWithdrawn;

/**
 * What was decided on an item: a resolution, a motion lost, the item deferred or withdrawn (docs/events.md,
 * "Decisions").
 */
public sealed interface DecisionEvent extends MeetingEvent permits ResolutionPassed, MotionLost, ItemDeferred,
        ItemWithdrawn {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.decisions(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(ResolutionPassed event);

        R on(MotionLost event);

        R on(ItemDeferred event);

        R on(ItemWithdrawn event);
    }
}
