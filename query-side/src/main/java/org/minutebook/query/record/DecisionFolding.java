package org.minutebook.query.record;

import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.resolutions.DecisionEvent;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPassed;

/**
 * What was decided on each item, folded under the item: motions carried or lost (with the debate on them),
 * items deferred or withdrawn.
 */
final class DecisionFolding implements DecisionEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(ResolutionPassed e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Motion(at.sequenceNumber(), at.corrected(), true,
                e.resolutionId(), e.form(), e.preamble(), e.parts(), e.movedBy(), e.secondedBy(), e.vote(),
                e.earlierVotes(), e.amendments(), e.statutory(), e.withoutQuorum()));
    }

    @Override
    public RecordFold.Change on(MotionLost e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Motion(at.sequenceNumber(), at.corrected(), false,
                e.resolutionId(), e.form(), e.preamble(), e.parts(), e.movedBy(), e.secondedBy(), e.vote(),
                e.earlierVotes(), e.amendments(), null, e.withoutQuorum()));
    }

    @Override
    public RecordFold.Change on(ItemDeferred e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Deferral(at.sequenceNumber(), at.corrected(),
                e.reason()));
    }

    @Override
    public RecordFold.Change on(ItemWithdrawn e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Withdrawal(at.sequenceNumber(), at.corrected(),
                e.reason()));
    }
}
