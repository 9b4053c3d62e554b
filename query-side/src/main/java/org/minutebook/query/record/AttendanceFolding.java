package org.minutebook.query.record;

import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.EarlierAbsenceApologised;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;

/** Who was there, folded into the record in the order it was recorded. */
final class AttendanceFolding {

    private AttendanceFolding() {
    }

    static void register(RecordFold fold) {
        fold.on(MemberAttended.class, (r, e, at) -> r.attendance.add(
                new Fact.Present(at.sequenceNumber(), at.corrected(), e.member())));
        fold.on(ApologyRecorded.class, (r, e, at) -> r.attendance.add(
                new Fact.Apologies(at.sequenceNumber(), at.corrected(), e.member(), e.reason())));
        fold.on(SubstituteRecorded.class, (r, e, at) -> r.attendance.add(
                new Fact.Substitute(at.sequenceNumber(), at.corrected(), e.substitute(), e.forMember())));
        fold.on(EarlierAbsenceApologised.class, (r, e, at) -> r.attendance.add(
                new Fact.EarlierAbsence(at.sequenceNumber(), at.corrected(), e.member(), e.absences())));
        fold.on(OfficerAttended.class, (r, e, at) -> r.attendance.add(
                new Fact.Officer(at.sequenceNumber(), at.corrected(), e.officer(), e.role())));
        fold.on(GuestAttended.class, (r, e, at) -> r.attendance.add(
                new Fact.Guest(at.sequenceNumber(), at.corrected(), e.guest(), e.capacity())));
        fold.on(MemberArrivedLate.class, (r, e, at) -> r.attendance.add(
                new Fact.LateArrival(at.sequenceNumber(), at.corrected(), e.memberId(), e.itemId())));
        fold.on(MemberLeftEarly.class, (r, e, at) -> r.attendance.add(
                new Fact.EarlyDeparture(at.sequenceNumber(), at.corrected(), e.memberId(), e.itemId())));
    }
}
