package org.minutebook.query.record;

import org.minutebook.events.business.ChairsAnnouncementMade;
import org.minutebook.events.business.FutureMeetingDatesNoted;
import org.minutebook.events.business.ItemDeferred;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.ItemNoted;
import org.minutebook.events.business.NoMattersArising;
import org.minutebook.events.business.NoRepresentationsReceived;
import org.minutebook.events.business.NoUrgentItems;
import org.minutebook.events.business.RepresentationReceived;
import org.minutebook.events.business.UrgentItemTaken;
import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.business.NoPetitionsReceived;
import org.minutebook.events.business.NoQuestionsReceived;
import org.minutebook.events.business.PetitionReceived;
import org.minutebook.events.business.ReportConsidered;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPassed;

/** The business of each agenda item, folded under the item in the order it was minuted. */
final class BusinessFolding {

    private BusinessFolding() {
    }

    static void register(RecordFold fold) {
        fold.on(ChairsAnnouncementMade.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.Announcement(at.sequenceNumber(), at.corrected(), e.text())));
        fold.on(PetitionReceived.class, (r, e, at) -> r.addToItem(e.itemId(), new Fact.Petition(at.sequenceNumber(),
                at.corrected(), e.petitionId(), e.title(), e.presentedBy(), e.signatures(), e.text())));
        fold.on(NoPetitionsReceived.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.NoPetitions(at.sequenceNumber(), at.corrected(), e.text())));
        fold.on(NoQuestionsReceived.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.NoQuestions(at.sequenceNumber(), at.corrected(), e.kind(), e.text())));
        fold.on(ReportConsidered.class, (r, e, at) -> r.addToItem(e.itemId(), new Fact.Report(at.sequenceNumber(),
                at.corrected(), e.form(), e.title(), e.submittedBy(), e.presentedBy(), e.reference())));
        fold.on(ItemMinuted.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.Minute(at.sequenceNumber(), at.corrected(), e.blocks(), e.cutOff())));
        fold.on(ItemNoted.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.Noted(at.sequenceNumber(), at.corrected(), e.text())));
        fold.on(NoMattersArising.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.NoMattersArising(at.sequenceNumber(), at.corrected(), e.text())));
        fold.on(RepresentationReceived.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.Representation(at.sequenceNumber(), at.corrected(), e.representationId(), e.kind(), e.from(),
                        e.text(), e.takenAsRead())));
        fold.on(NoRepresentationsReceived.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.NoRepresentations(at.sequenceNumber(), at.corrected(), e.text())));
        fold.on(UrgentItemTaken.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.UrgentItem(at.sequenceNumber(), at.corrected(), e.reason())));
        fold.on(NoUrgentItems.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.NoUrgentItems(at.sequenceNumber(), at.corrected(), e.text())));
        fold.on(EarlierMinutesCorrectionNoted.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.EarlierMinutesCorrection(at.sequenceNumber(), at.corrected(), e.correctedMeetingId(),
                        e.correctedMeetingDate(), e.text())));
        fold.on(FutureMeetingDatesNoted.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.FutureMeetingDates(at.sequenceNumber(), at.corrected(), e.dates())));
        fold.on(PreviousMinutesConfirmed.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.PreviousMinutes(at.sequenceNumber(), at.corrected(), e.confirmedMeetingId(),
                        e.confirmedMeetingDate(), e.correctionsNoted(), e.takenAsRead(), e.signed(), e.signedBy())));
        fold.on(ItemDeferred.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.Deferral(at.sequenceNumber(), at.corrected(), e.reason())));
        fold.on(ItemWithdrawn.class, (r, e, at) -> r.addToItem(e.itemId(),
                new Fact.Withdrawal(at.sequenceNumber(), at.corrected(), e.reason())));
        fold.on(ResolutionPassed.class, (r, e, at) -> r.addToItem(e.itemId(), new Fact.Motion(at.sequenceNumber(),
                at.corrected(), true, e.resolutionId(), e.form(), e.preamble(), e.parts(), e.movedBy(),
                e.secondedBy(), e.vote())));
        fold.on(MotionLost.class, (r, e, at) -> r.addToItem(e.itemId(), new Fact.Motion(at.sequenceNumber(),
                at.corrected(), false, e.resolutionId(), e.form(), e.preamble(), e.parts(), e.movedBy(),
                e.secondedBy(), e.vote())));
    }
}
