package org.minutebook.query.minutes;

import org.minutebook.events.Person;
import org.minutebook.events.attendance.AttendanceMode;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.MeetingRecord;

import java.util.ArrayList;
import java.util.List;

import static org.minutebook.query.minutes.PrintableMinutes.written;

/**
 * Each fact of attendance as the minutes print it, and where: in the PRESENT list, the apologies, the substitutes,
 * those in attendance, the apologies for earlier absences, or — a late arrival, an early departure — under the item
 * during which the member came or went. Every fact of attendance answers, so a new one does not compile until the
 * minutes say where it is printed.
 */
final class AttendanceLines implements Fact.Attendance.Visitor<AttendanceLines.Line> {

    /** Where the minutes print a line of attendance. */
    enum Section {
        PRESENT, APOLOGIES, SUBSTITUTES, OFFICERS, OTHERS_IN_ATTENDANCE, EARLIER_ABSENCES, DURING_AN_ITEM
    }

    /** A line of the minutes, in its section; {@code itemId} the item it is printed under, if any. */
    record Line(Section section, String itemId, String text) {
    }

    private final MeetingRecord record;

    private AttendanceLines(MeetingRecord record) {
        this.record = record;
    }

    /**
     * The record's attendance, a line a fact, in the order recorded; first the chair "(in the Chair)" when the
     * attendance does not list them present itself, as minutes list whoever chaired the meeting.
     */
    static List<Line> of(MeetingRecord record) {
        AttendanceLines lines = new AttendanceLines(record);
        List<Line> all = new ArrayList<>();
        Person chair = record.chair();
        boolean chairListed = record.attendance().stream().anyMatch(fact -> fact instanceof Fact.Present present
                && present.member() != null && present.member().sameAs(chair));
        if (chair != null && chair.name() != null && !chairListed) {
            all.add(new Line(Section.PRESENT, null, written(chair) + " (in the Chair)"));
        }
        record.attendance().stream().map(fact -> fact.accept(lines)).forEach(all::add);
        return all;
    }

    /**
     * "Mrs. H. J. Fryer CC (in the Chair)"; a member attending remotely is listed so ("Present, virtual"); a
     * councillor in attendance without being a member of the committee is listed with those in attendance.
     */
    @Override
    public Line on(Fact.Present present) {
        if (present.mode() == AttendanceMode.IN_ATTENDANCE) {
            return new Line(Section.OTHERS_IN_ATTENDANCE, null, written(present.member())
                    + " (not a member of the Committee)");
        }
        return new Line(Section.PRESENT, null, written(present.member())
                + (present.member() != null && present.member().sameAs(record.chair()) ? " (in the Chair)" : "")
                + remotely(present.mode()));
    }

    @Override
    public Line on(Fact.Apologies apologies) {
        return new Line(Section.APOLOGIES, null, written(apologies.member()));
    }

    @Override
    public Line on(Fact.Substitute substitute) {
        return new Line(Section.SUBSTITUTES, null, written(substitute.substitute()) + " substituted"
                + (substitute.forMember() == null ? "" : " for " + written(substitute.forMember()))
                + remotely(substitute.mode()));
    }

    @Override
    public Line on(Fact.Officer officer) {
        return new Line(Section.OFFICERS, null, inCapacity(officer.officer(), officer.role()));
    }

    @Override
    public Line on(Fact.Guest guest) {
        return new Line(Section.OTHERS_IN_ATTENDANCE, null, inCapacity(guest.guest(), guest.capacity()));
    }

    @Override
    public Line on(Fact.EarlierAbsence apology) {
        return new Line(Section.EARLIER_ABSENCES, null, written(apology.member()) + " apologised "
                + apology.absences());
    }

    /** "Councillor Cole arrived during the consideration of this item." */
    @Override
    public Line on(Fact.LateArrival arrival) {
        return new Line(Section.DURING_AN_ITEM, arrival.itemId(), written(arrival.member())
                + " arrived during the consideration of this item.");
    }

    /** "Councillor Cole left the meeting during the consideration of this item." */
    @Override
    public Line on(Fact.EarlyDeparture departure) {
        return new Line(Section.DURING_AN_ITEM, departure.itemId(), written(departure.member())
                + " left the meeting during the consideration of this item.");
    }

    private static String remotely(AttendanceMode mode) {
        return mode == AttendanceMode.REMOTE ? " (attending remotely)" : "";
    }

    /** "Jane Moore (Director of Children's Services)"; an office already named is not said twice. */
    private static String inCapacity(Person person, String capacity) {
        boolean said = capacity == null || person != null && capacity.equalsIgnoreCase(person.role());
        return written(person) + (said ? "" : " (" + capacity + ")");
    }
}
