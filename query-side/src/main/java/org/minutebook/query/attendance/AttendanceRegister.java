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

import java.util.List;
import java.util.Optional;

/** {@code attendance}: one row per person per meeting, in the order the attendance was recorded. */
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
        List<Fact.Attendee> attendees = record.attendance().stream().filter(Fact.Attendee.class::isInstance)
                .map(Fact.Attendee.class::cast).toList();
        return numbered(attendees, (attendee, order) -> row(record, attendee, order));
    }

    private static AttendanceRow row(MeetingRecord record, Fact.Attendee attendee, int order) {
        String reason = null;
        Person forMember = null;
        String role = null;
        String capacity = null;
        // present as a member records nothing more
        if (attendee instanceof Fact.Apologies apologies) {
            reason = apologies.reason();
        } else if (attendee instanceof Fact.Substitute substitute) {
            forMember = substitute.forMember();
        } else if (attendee instanceof Fact.Officer officer) {
            role = officer.role();
        } else if (attendee instanceof Fact.Guest guest) {
            capacity = guest.capacity();
        }
        String memberId = attendee.person() == null ? null : attendee.person().id();
        return new AttendanceRow(Keys.of(record.meetingId(), attendee.sequenceNumber()), Where.in(record, order),
                Capacity.of(attendee), attendee.person(), reason, forMember, role, capacity,
                during(record, Fact.LateArrival.class, memberId).orElse(null),
                during(record, Fact.EarlyDeparture.class, memberId).orElse(null));
    }

    /** The item during which the member arrived late (or left early), when that was recorded. */
    private static Optional<String> during(MeetingRecord record, Class<? extends Fact.Movement> movement,
                                           String memberId) {
        return record.attendance().stream()
                .filter(movement::isInstance)
                .map(movement::cast)
                .filter(moved -> memberId != null && memberId.equals(moved.memberId()))
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
