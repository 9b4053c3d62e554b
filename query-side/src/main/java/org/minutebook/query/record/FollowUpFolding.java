package org.minutebook.query.record;

import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.ActionCompleted;
import org.minutebook.events.actions.FollowUpEvent;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.actions.ReferralMade;

/** What decisions asked for, under the item they were recorded under, and the record of each being done. */
final class FollowUpFolding implements FollowUpEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(FurtherReportRequested e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.FurtherReport(at.sequenceNumber(), at.corrected(),
                e.actionId(), e.resolutionId(), e.partId(), e.subject(), e.toBody(), e.dueMeetingDate()));
    }

    @Override
    public RecordFold.Change on(ReferralMade e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Referral(at.sequenceNumber(), at.corrected(),
                e.actionId(), e.resolutionId(), e.partId(), e.toBody(), e.subject()));
    }

    @Override
    public RecordFold.Change on(ActionAgreed e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.AgreedAction(at.sequenceNumber(), at.corrected(),
                e.actionId(), e.resolutionId(), e.partId(), e.description(), e.owner(), e.dueBy()));
    }

    @Override
    public RecordFold.Change on(ActionCompleted e) {
        return (r, at) -> {
            boolean held = r.items.stream().flatMap(item -> item.business().stream())
                    .anyMatch(fact -> fact instanceof Fact.FollowUp followUp
                            && followUp.actionId().equals(e.actionId()));
            if (!held) {
                r.warn(at.sequenceNumber(), "Action " + e.actionId() + " was completed, but the record holds no "
                        + "such action");
            }
            r.completions.add(new Fact.Completion(at.sequenceNumber(), at.corrected(), e.actionId(),
                    e.completedOn(), e.note()));
        };
    }
}
