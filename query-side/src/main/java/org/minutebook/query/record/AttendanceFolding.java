package org.minutebook.query.record;

import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.attendance.MemberArrivedLate;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.attendance.MemberLeftEarly;
import org.minutebook.events.attendance.OfficerAttended;
import org.minutebook.events.attendance.SubstituteRecorded;

/** Who was there, folded into the record. */
final class AttendanceFolding {

    void register(RecordFold fold) {
        fold.on(MemberAttended.class, (f, e) -> f.record.attendance.present.add(f.fact("present", e)));
        fold.on(ApologyRecorded.class, (f, e) -> f.record.attendance.apologies.add(f.fact("apology", e)));
        fold.on(SubstituteRecorded.class, (f, e) -> f.record.attendance.substitutes.add(f.fact("substitute", e)));
        fold.on(OfficerAttended.class, (f, e) -> f.record.attendance.officers.add(f.fact("officer", e)));
        fold.on(GuestAttended.class, (f, e) -> f.record.attendance.others.add(f.fact("other", e)));
        fold.on(MemberArrivedLate.class, (f, e) -> f.record.attendance.lateArrivals.add(f.fact("late-arrival", e)));
        fold.on(MemberLeftEarly.class, (f, e) -> f.record.attendance.earlyDepartures.add(f.fact("early-departure", e)));
    }
}
