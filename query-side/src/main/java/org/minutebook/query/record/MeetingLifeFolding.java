package org.minutebook.query.record;

import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingLifeEvent;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.meetings.MeetingScheduled;

/** The meeting's own life, folded into the record: scheduled, moved, held, and who chaired. */
final class MeetingLifeFolding implements MeetingLifeEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(MeetingScheduled e) {
        return (r, at) -> {
            r.committeeId = e.committeeId();
            r.title = e.title();
            r.special = e.special();
            r.scheduledDate = e.date();
            r.startTime = e.startTime();
            r.timeZone = e.timeZone();
            r.venue = e.venue();
            r.contacts = e.contacts();
            r.webcastUrl = e.webcastUrl();
            r.status = MeetingStatus.SCHEDULED;
        };
    }

    @Override
    public RecordFold.Change on(MeetingRescheduled e) {
        return (r, at) -> {
            r.scheduledDate = e.date();
            r.startTime = e.startTime();
            r.venue = e.venue();
        };
    }

    @Override
    public RecordFold.Change on(MeetingCancelled e) {
        return (r, at) -> {
            r.status = MeetingStatus.CANCELLED;
            r.cancellationReason = e.reason();
        };
    }

    @Override
    public RecordFold.Change on(MeetingOpened e) {
        return (r, at) -> {
            r.status = MeetingStatus.OPEN;
            r.openedAt = e.openedAt();
            r.chair = e.chair();
        };
    }

    @Override
    public RecordFold.Change on(MeetingAdjourned e) {
        return (r, at) -> {
            r.status = MeetingStatus.ADJOURNED;
            r.adjournments.add(new MeetingRecord.Adjournment(e.adjournedAt(), e.reason(), null));
        };
    }

    @Override
    public RecordFold.Change on(MeetingResumed e) {
        return (r, at) -> {
            r.status = MeetingStatus.OPEN;
            int last = r.adjournments.size() - 1;
            if (last < 0) {
                r.warn(at.sequenceNumber(), "The meeting resumed, but the record holds no adjournment");
            } else {
                MeetingRecord.Adjournment adjourned = r.adjournments.get(last);
                r.adjournments.set(last, new MeetingRecord.Adjournment(adjourned.adjournedAt(), adjourned.reason(),
                        e.resumedAt()));
            }
        };
    }

    @Override
    public RecordFold.Change on(MeetingClosed e) {
        return (r, at) -> {
            r.status = MeetingStatus.CLOSED;
            r.closedAt = e.closedAt();
            r.closedOn = e.closedOn();
            r.signatureRole = e.signatureRole();
        };
    }

    @Override
    public RecordFold.Change on(MeetingRoleTaken e) {
        return (r, at) -> r.roles.add(new Fact.Role(at.sequenceNumber(), at.corrected(), e.role(), e.person(),
                e.fromItemId()));
    }
}
