package org.minutebook.query.record;

import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaItemAmended;
import org.minutebook.events.agenda.AgendaPublished;
import org.minutebook.events.meetings.MeetingAdjourned;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingRescheduled;
import org.minutebook.events.meetings.MeetingResumed;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.minutes.MinutesSigned;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The meeting's own life and its agenda, folded into the record. */
final class MeetingLifeFolding {

    void register(RecordFold fold) {
        fold.on(MeetingScheduled.class, (f, e) -> {
            MeetingRecord r = f.record;
            r.meetingId = e.meetingId();
            r.committeeId = e.committeeId();
            r.title = e.title();
            r.special = e.special();
            r.startsAt = e.startsAt();
            r.venue = e.venue();
            r.contacts = e.contacts().stream().map(fold::fields).toList();
            r.webcastUrl = e.webcastUrl();
            r.status = "SCHEDULED";
        });
        fold.on(MeetingRescheduled.class, (f, e) -> {
            f.record.startsAt = e.startsAt();
            f.record.venue = e.venue();
        });
        fold.on(MeetingCancelled.class, (f, e) -> {
            f.record.status = "CANCELLED";
            f.record.cancellationReason = e.reason();
        });
        fold.on(MeetingOpened.class, (f, e) -> {
            f.record.status = "OPEN";
            f.record.openedAt = e.openedAt();
            f.record.chair = e.chair();
        });
        fold.on(MeetingAdjourned.class, (f, e) -> {
            f.record.status = "ADJOURNED";
            Map<String, Object> adjournment = new LinkedHashMap<>();
            adjournment.put("adjournedAt", e.adjournedAt());
            adjournment.put("reason", e.reason());
            f.record.adjournments.add(adjournment);
        });
        fold.on(MeetingResumed.class, (f, e) -> {
            f.record.status = "OPEN";
            if (!f.record.adjournments.isEmpty()) {
                f.record.adjournments.get(f.record.adjournments.size() - 1).put("resumedAt", e.resumedAt());
            }
        });
        fold.on(MeetingClosed.class, (f, e) -> {
            f.record.status = "CLOSED";
            f.record.closedAt = e.closedAt();
        });
        fold.on(AgendaItemAdded.class, (f, e) -> {
            MeetingRecord.Item item = new MeetingRecord.Item();
            item.itemId = e.itemId();
            describe(fold, item, e.number(), e.parentItemId(), e.position(), e.title(), e.agendaText(),
                    e.submittedBy(), e);
            f.record.items.add(item);
            f.record.items.sort(Comparator.comparingInt(added -> added.position));
        });
        fold.on(AgendaItemAmended.class, (f, e) -> describe(fold, f.item(e.itemId()), e.number(), e.parentItemId(),
                e.position(), e.title(), e.agendaText(), e.submittedBy(), e));
        fold.on(AgendaPublished.class, (f, e) -> f.record.agendaPublishedOn = e.publishedOn());
        fold.on(MinutesConfirmed.class, (f, e) -> {
            Map<String, Object> confirmation = f.fact("minutes-confirmed", e);
            f.record.minutesConfirmation = confirmation;
        });
        fold.on(MinutesSigned.class, (f, e) -> {
            if (f.record.minutesConfirmation != null) {
                f.record.minutesConfirmation.put("signedBy", e.signedBy());
            }
        });
    }

    private static void describe(RecordFold fold, MeetingRecord.Item item, String number, String parentItemId,
                                 int position, String title, String agendaText, String submittedBy, Object event) {
        Map<String, Object> fields = fold.fields(event);
        item.number = number;
        item.parentItemId = parentItemId;
        item.position = position;
        item.title = title;
        item.agendaText = agendaText;
        item.submittedBy = submittedBy;
        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> documents = (java.util.List<Map<String, Object>>) fields.get("documents");
        item.documents = documents;
        @SuppressWarnings("unchecked")
        Map<String, Object> exemption = (Map<String, Object>) fields.get("exemption");
        item.exemption = exemption;
    }
}
