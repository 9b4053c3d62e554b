package org.minutebook.events.attendance;

import org.minutebook.events.MeetingEvent;

/**
 * Who was there: members present, apologies, substitutes, officers and others; apologies for earlier absences; late
 * arrivals and early departures (docs/events.md, "Attendance").
 */
public sealed interface AttendanceEvent extends MeetingEvent permits MemberAttended, ApologyRecorded,
        SubstituteRecorded, OfficerAttended, GuestAttended, EarlierAbsenceApologised, MemberArrivedLate,
        MemberLeftEarly {

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R byPart(MeetingEvent.Parts<R> parts) {
        return parts.attendance(this);
    }

    /** An answer for each event of the part: one added fails to compile until every reader of the part answers it. */
    interface Visitor<R> {

        R on(MemberAttended event);

        R on(ApologyRecorded event);

        R on(SubstituteRecorded event);

        R on(OfficerAttended event);

        R on(GuestAttended event);

        R on(EarlierAbsenceApologised event);

        R on(MemberArrivedLate event);

        R on(MemberLeftEarly event);
    }
}
