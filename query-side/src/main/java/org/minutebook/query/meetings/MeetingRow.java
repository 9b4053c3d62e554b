package org.minutebook.query.meetings;

import org.minutebook.events.Person;
import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.MeetingStatus;
import org.minutebook.query.record.MinutesStage;
import org.minutebook.query.record.Register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as the meetings read model holds it: its details, where it is in its life, the stage of its minutes,
 * and its agenda in order with each item's status (the business of the items is in the minutes).
 */
public record MeetingRow(String meetingId, long version, String committeeId, String title, boolean special,
                  LocalDateTime startsAt, LocalDate date, LocalTime startTime, String timeZone, String venue, List<MeetingContact> contacts,
                  String webcastUrl, MeetingStatus status, LocalDate agendaPublishedOn, LocalDateTime openedAt,
                  Person chair, LocalTime closedAt, String cancellationReason, List<Fact.Role> roles,
                  List<MeetingRecord.Adjournment> adjournments, MinutesStage minutesStage, List<AgendaItem> agenda)
        implements Register.Row {

    @Override
    public String id() {
        return meetingId;
    }
}
