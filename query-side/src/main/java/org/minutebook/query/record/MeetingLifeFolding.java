package org.minutebook.query.record;

import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.AgendaPublished;
import org.minutebook.events.agenda.AgendaReordered;
import org.minutebook.events.imports.MinutesImported;
import org.minutebook.events.meetings.MeetingRoleTaken;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;

/** The meeting's own life, its agenda, and the confirmation of its minutes, folded into the record. */
final class MeetingLifeFolding {

    private MeetingLifeFolding() {
    }

    static void register(RecordFold fold) {
        // the page an import was read from stays in the history; the record holds the facts recorded from it
        fold.on(MinutesImported.class, (r, e, at) -> {
        });
        fold.on(MeetingScheduled.class, (r, e, at) -> {
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
        });
        fold.on(MeetingRescheduled.class, (r, e, at) -> {
            r.scheduledDate = e.date();
            r.startTime = e.startTime();
            r.venue = e.venue();
        });
        fold.on(MeetingCancelled.class, (r, e, at) -> {
            r.status = MeetingStatus.CANCELLED;
            r.cancellationReason = e.reason();
        });
        fold.on(MeetingOpened.class, (r, e, at) -> {
            r.status = MeetingStatus.OPEN;
            r.openedAt = e.openedAt();
            r.chair = e.chair();
        });
        fold.on(MeetingAdjourned.class, (r, e, at) -> {
            r.status = MeetingStatus.ADJOURNED;
            r.adjournments.add(new MeetingRecord.Adjournment(e.adjournedAt(), e.reason(), null));
        });
        fold.on(MeetingResumed.class, (r, e, at) -> {
            r.status = MeetingStatus.OPEN;
            int last = r.adjournments.size() - 1;
            if (last < 0) {
                r.warn(at.sequenceNumber(), "The meeting resumed, but the record holds no adjournment");
            } else {
                MeetingRecord.Adjournment adjourned = r.adjournments.get(last);
                r.adjournments.set(last, new MeetingRecord.Adjournment(adjourned.adjournedAt(), adjourned.reason(),
                        e.resumedAt()));
            }
        });
        fold.on(MeetingClosed.class, (r, e, at) -> {
            r.status = MeetingStatus.CLOSED;
            r.closedAt = e.closedAt();
        });
        fold.on(AgendaItemAdded.class, (r, e, at) -> r.describeItem(new AgendaItem(e.itemId(), e.number(),
                e.parentItemId(), e.position(), e.title(), e.agendaText(), e.submittedBy(), e.documents(),
                e.exemption(), true, null)));
        fold.on(AgendaItemAmended.class, (r, e, at) -> r.describeItem(new AgendaItem(e.itemId(), e.number(),
                e.parentItemId(), e.position(), e.title(), e.agendaText(), e.submittedBy(), e.documents(),
                e.exemption(), true, null)));
        fold.on(AgendaReordered.class, (r, e, at) -> r.reorder(e.itemIds()));
        fold.on(MeetingRoleTaken.class, (r, e, at) -> r.roles.add(new Fact.Role(at.sequenceNumber(), at.corrected(),
                e.role(), e.person(), e.fromItemId())));
        fold.on(AgendaPublished.class, (r, e, at) -> r.agendaPublishedOn = e.publishedOn());
        fold.on(MinutesConfirmed.class, (r, e, at) -> {
            r.minutesConfirmation = new Fact.MinutesConfirmation(at.sequenceNumber(), at.corrected(),
                    e.atMeetingId(), e.chairOfConfirmingMeeting(), null);
            r.minutesStage = MinutesStage.CONFIRMED;
        });
        fold.on(MinutesSigned.class, (r, e, at) -> {
            if (r.minutesConfirmation == null) {
                r.warn(at.sequenceNumber(), "The minutes were signed, but the record holds no confirmation of them");
            } else {
                r.minutesConfirmation = r.minutesConfirmation.signed(e.signedBy());
            }
        });
    }
}
