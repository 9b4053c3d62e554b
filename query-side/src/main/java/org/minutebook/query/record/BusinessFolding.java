package org.minutebook.query.record;

import org.minutebook.events.business.BusinessEvent;
import org.minutebook.events.business.ChairsAnnouncementMade;
import org.minutebook.events.business.FutureMeetingDatesNoted;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.ItemNoted;
import org.minutebook.events.business.NoMattersArising;
import org.minutebook.events.business.NoPetitionsReceived;
import org.minutebook.events.business.NoRepresentationsReceived;
import org.minutebook.events.business.NoUrgentItems;
import org.minutebook.events.business.PetitionReceived;
import org.minutebook.events.business.ReportConsidered;
import org.minutebook.events.business.RepresentationReceived;
import org.minutebook.events.business.UrgentItemTaken;

/** The business of each agenda item, folded under the item in the order it was minuted. */
final class BusinessFolding implements BusinessEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(ChairsAnnouncementMade e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Announcement(at.sequenceNumber(), at.corrected(),
                e.text()));
    }

    @Override
    public RecordFold.Change on(PetitionReceived e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Petition(at.sequenceNumber(), at.corrected(),
                e.petitionId(), e.title(), e.presentedBy(), e.signatures(), e.text()));
    }

    @Override
    public RecordFold.Change on(NoPetitionsReceived e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.NoPetitions(at.sequenceNumber(), at.corrected(),
                e.text()));
    }

    @Override
    public RecordFold.Change on(RepresentationReceived e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Representation(at.sequenceNumber(), at.corrected(),
                e.representationId(), e.kind(), e.from(), e.text(), e.takenAsRead()));
    }

    @Override
    public RecordFold.Change on(NoRepresentationsReceived e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.NoRepresentations(at.sequenceNumber(), at.corrected(),
                e.text()));
    }

    @Override
    public RecordFold.Change on(UrgentItemTaken e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.UrgentItem(at.sequenceNumber(), at.corrected(),
                e.reason()));
    }

    @Override
    public RecordFold.Change on(NoUrgentItems e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.NoUrgentItems(at.sequenceNumber(), at.corrected(),
                e.text()));
    }

    @Override
    public RecordFold.Change on(NoMattersArising e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.NoMattersArising(at.sequenceNumber(), at.corrected(),
                e.text()));
    }

    @Override
    public RecordFold.Change on(ReportConsidered e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Report(at.sequenceNumber(), at.corrected(), e.form(),
                e.title(), e.submittedBy(), e.presentedBy(), e.reference()));
    }

    @Override
    public RecordFold.Change on(ItemMinuted e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Minute(at.sequenceNumber(), at.corrected(), e.blocks(),
                e.cutOff()));
    }

    @Override
    public RecordFold.Change on(ItemNoted e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.Noted(at.sequenceNumber(), at.corrected(), e.text()));
    }

    @Override
    public RecordFold.Change on(FutureMeetingDatesNoted e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.FutureMeetingDates(at.sequenceNumber(), at.corrected(),
                e.dates()));
    }
}
