package org.minutebook.query.record;

import org.minutebook.events.minutes.EarlierMinutesCorrectionNoted;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesEvent;
import org.minutebook.events.minutes.MinutesSigned;
import org.minutebook.events.minutes.PreviousMinutesConfirmed;

/**
 * The minutes themselves: an earlier meeting's minutes confirmed here (under the item), these minutes confirmed and
 * signed at a later meeting, an error noted in earlier minutes.
 */
final class MinutesFolding implements MinutesEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(PreviousMinutesConfirmed e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.PreviousMinutes(at.sequenceNumber(), at.corrected(),
                e.confirmedMeetingId(), e.confirmedMeetingDate(), e.correctionsNoted(), e.takenAsRead(), e.signed(),
                e.signedBy(), e.movedBy(), e.secondedBy()));
    }

    @Override
    public RecordFold.Change on(MinutesConfirmed e) {
        return (r, at) -> {
            r.minutesConfirmation = new Fact.MinutesConfirmation(at.sequenceNumber(), at.corrected(),
                    e.atMeetingId(), e.chairOfConfirmingMeeting(), null);
            r.minutesStage = MinutesStage.CONFIRMED;
        };
    }

    @Override
    public RecordFold.Change on(MinutesSigned e) {
        return (r, at) -> {
            if (r.minutesConfirmation == null) {
                r.warn(at.sequenceNumber(), "The minutes were signed, but the record holds no confirmation of them");
            } else {
                r.minutesConfirmation = r.minutesConfirmation.signed(e.signedBy());
            }
        };
    }

    @Override
    public RecordFold.Change on(EarlierMinutesCorrectionNoted e) {
        return (r, at) -> r.addToItem(e.itemId(), new Fact.EarlierMinutesCorrection(at.sequenceNumber(),
                at.corrected(), e.correctedMeetingId(), e.correctedMeetingDate(), e.text()));
    }
}
