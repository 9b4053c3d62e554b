package org.minutebook.query.attendance;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.events.Person;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.Keys;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code attendance}: one row per person per meeting, in the order the attendance was recorded, the chair first:
 * whoever chaired the meeting is present at it, whether or not the attendance names them again.
 */
@Component
class AttendanceRegister extends Register<AttendanceRow> {

    static final String NAME = "attendance";

    AttendanceRegister() {
        super(NAME, AttendanceRow.class);
    }

    /** A meeting's attendance is answered by capacity. */
    @Override
    public Object answerOf(List<AttendanceRow> rows) {
        return AttendanceAnswer.of(rows);
    }

    @Override
    public List<AttendanceRow> rowsOf(MeetingRecord record) {
        List<AttendanceRow> rows = new ArrayList<>();
        for (Fact.Attendance fact : record.attendance()) {
            fact.accept(new RowOf(record, rows.size())).ifPresent(rows::add);
        }
        List<AttendanceRow> chairs = new ArrayList<>();
        holdersOfRoles(record).forEach((key, person) -> {
            boolean recordedThere = rows.stream().anyMatch(row -> (row.attendedAs() == Capacity.PRESENT
                    || row.attendedAs() == Capacity.SUBSTITUTE) && person.sameAs(row.person()));
            if (!recordedThere && chairs.stream().noneMatch(chair -> person.sameAs(chair.person()))) {
                chairs.add(new AttendanceRow(key, Where.in(record, chairs.size()), Capacity.PRESENT, person, null,
                        null, null, null, null, null));
            }
        });
        List<AttendanceRow> all = new ArrayList<>(chairs);
        rows.forEach(row -> all.add(new AttendanceRow(row.id(), Where.in(record, chairs.size() + row.where().order()),
                row.attendedAs(), row.person(), row.reason(), row.forMember(), row.role(), row.capacity(),
                row.arrivedLateAt(), row.leftEarlyAt())));
        return all;
    }

    /**
     * Whoever chaired the meeting, or took the chair or the vice-chair during it, was there, though the minutes list
     * them only as "(in the Chair)": each, by name or id, keyed by the fact that says so. Listed first, as the minutes
     * list the chair.
     */
    private static Map<String, Person> holdersOfRoles(MeetingRecord record) {
        Map<String, Person> holders = new LinkedHashMap<>();
        if (named(record.chair())) {
            holders.put(record.meetingId() + ":chair", record.chair());
        }
        for (Fact.Role role : record.roles()) {
            if (named(role.person())) {
                holders.put(Keys.of(record.meetingId(), role.sequenceNumber()), role.person());
            }
        }
        return holders;
    }

    private static boolean named(Person person) {
        return person != null && (person.id() != null || person.name() != null);
    }

    /**
     * The row of each fact of attendance that names who attended, or sent apologies, in what capacity, with what
     * that capacity records; an apology for earlier absences, a late arrival or an early departure is no one's
     * attendance (a movement is said on the row of who moved).
     */
    private record RowOf(MeetingRecord record, int order) implements Fact.Attendance.Visitor<Optional<AttendanceRow>> {

        @Override
        public Optional<AttendanceRow> on(Fact.Present present) {
            return row(present, null, null, null, null);
        }

        @Override
        public Optional<AttendanceRow> on(Fact.Apologies apologies) {
            return row(apologies, apologies.reason(), null, null, null);
        }

        @Override
        public Optional<AttendanceRow> on(Fact.Substitute substitute) {
            return row(substitute, null, substitute.forMember(), null, null);
        }

        @Override
        public Optional<AttendanceRow> on(Fact.Officer officer) {
            return row(officer, null, null, officer.role(), null);
        }

        @Override
        public Optional<AttendanceRow> on(Fact.Guest guest) {
            return row(guest, null, null, null, guest.capacity());
        }

        @Override
        public Optional<AttendanceRow> on(Fact.EarlierAbsence apology) {
            return Optional.empty();
        }

        @Override
        public Optional<AttendanceRow> on(Fact.LateArrival arrival) {
            return Optional.empty();
        }

        @Override
        public Optional<AttendanceRow> on(Fact.EarlyDeparture departure) {
            return Optional.empty();
        }

        private Optional<AttendanceRow> row(Fact.Attendee attendee, String reason, Person forMember, String role,
                                            String capacity) {
            return Optional.of(new AttendanceRow(Keys.of(record.meetingId(), attendee.sequenceNumber()),
                    Where.in(record, order), Capacity.of(attendee), attendee.person(), reason, forMember, role,
                    capacity, during(record, Fact.LateArrival.class, attendee.person()).orElse(null),
                    during(record, Fact.EarlyDeparture.class, attendee.person()).orElse(null)));
        }
    }

    /** The item during which the person arrived late (or left early), when that was recorded. */
    private static Optional<String> during(MeetingRecord record, Class<? extends Fact.Movement> movement,
                                           Person person) {
        return record.attendance().stream()
                .filter(movement::isInstance)
                .map(movement::cast)
                .filter(moved -> moved.member() != null && moved.member().sameAs(person))
                .map(Fact.Movement::itemId)
                .findFirst();
    }

    @Override
    public List<String> searchedBy() {
        return List.of("person.id", "committeeId", "meetingDate");
    }

    @Override
    public List<Bson> indexes() {
        return List.of(Indexes.ascending("person.id", "meetingDate"), Indexes.ascending("committeeId", "meetingDate"));
    }
}
