package org.minutebook.query.record;

import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.AttendanceEvent;
import org.minutebook.events.attendance.EarlierAbsenceApologised;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;

/** Who was there, folded into the record in the order it was recorded. */
final class AttendanceFolding implements AttendanceEvent.Visitor<RecordFold.Change> {

    @Override
    public RecordFold.Change on(MemberAttended e) {
        return (r, at) -> r.attendance.add(new Fact.Present(at.sequenceNumber(), at.corrected(), e.member(),
                e.mode()));
    }

    @Override
    public RecordFold.Change on(ApologyRecorded e) {
        return (r, at) -> r.attendance.add(new Fact.Apologies(at.sequenceNumber(), at.corrected(), e.member(),
                e.reason()));
    }

    @Override
    public RecordFold.Change on(SubstituteRecorded e) {
        return (r, at) -> r.attendance.add(new Fact.Substitute(at.sequenceNumber(), at.corrected(), e.substitute(),
                e.forMember(), e.mode()));
    }

    @Override
    public RecordFold.Change on(OfficerAttended e) {
        return (r, at) -> r.attendance.add(new Fact.Officer(at.sequenceNumber(), at.corrected(), e.officer(),
                e.role()));
    }

    @Override
    public RecordFold.Change on(GuestAttended e) {
        return (r, at) -> r.attendance.add(new Fact.Guest(at.sequenceNumber(), at.corrected(), e.guest(),
                e.capacity()));
    }

    @Override
    public RecordFold.Change on(EarlierAbsenceApologised e) {
        return (r, at) -> r.attendance.add(new Fact.EarlierAbsence(at.sequenceNumber(), at.corrected(), e.member(),
                e.absences()));
    }

    @Override
    public RecordFold.Change on(MemberArrivedLate e) {
        return (r, at) -> r.attendance.add(new Fact.LateArrival(at.sequenceNumber(), at.corrected(), e.member(),
                e.itemId()));
    }

    @Override
    public RecordFold.Change on(MemberLeftEarly e) {
        return (r, at) -> r.attendance.add(new Fact.EarlyDeparture(at.sequenceNumber(), at.corrected(), e.member(),
                e.itemId()));
    }
}
