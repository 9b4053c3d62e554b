package org.minutebook.query.attendance;

import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.minutebook.query.record.MeetingProjection;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Projections;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Owns {@code attendance}: one row per person per meeting in the capacity they were recorded in (present,
 * apologies, substitute, officer, other), with late arrival and early departure.
 */
@Component
@ProcessingGroup(AttendanceProjection.NAME)
class AttendanceProjection extends MeetingProjection {

    static final String NAME = "attendance";

    AttendanceProjection(Projections projections) {
        super(NAME, projections);
    }

    @Override
    protected List<Bson> indexes() {
        return List.of(Indexes.ascending("person.id", "meetingDate"),
                Indexes.ascending("committeeId", "meetingDate"));
    }

    @Override
    protected List<Document> project(MeetingRecord record) {
        MeetingRecord.Attendance attendance = record.attendance();
        List<Document> rows = new ArrayList<>();
        attendance.present().forEach(fact -> rows.add(row(record, fact, "PRESENT", "member")));
        attendance.apologies().forEach(fact -> rows.add(row(record, fact, "APOLOGIES", "member")
                .append("reason", fact.get("reason"))));
        attendance.substitutes().forEach(fact -> rows.add(row(record, fact, "SUBSTITUTE", "substitute")
                .append("forMemberId", fact.get("forMemberId"))));
        attendance.officers().forEach(fact -> rows.add(row(record, fact, "OFFICER", "officer")
                .append("role", fact.get("role"))));
        attendance.others().forEach(fact -> rows.add(row(record, fact, "OTHER", "guest")
                .append("capacity", fact.get("capacity"))));
        for (Document row : rows) {
            Object memberId = ((Map<?, ?>) row.get("person")).get("id");
            movement(record.attendance().lateArrivals(), memberId).ifPresent(item -> row.append("arrivedLateAt", item));
            movement(record.attendance().earlyDepartures(), memberId).ifPresent(item -> row.append("leftEarlyAt", item));
        }
        return rows;
    }

    private Document row(MeetingRecord record, Map<String, Object> fact, String capacity, String personField) {
        return context(record, null, ((Number) fact.get("sequenceNumber")).longValue())
                .append("attendedAs", capacity)
                .append("person", fact.get(personField));
    }

    private static java.util.Optional<Object> movement(List<Map<String, Object>> movements, Object memberId) {
        return movements.stream()
                .filter(movement -> memberId != null && memberId.equals(movement.get("memberId")))
                .map(movement -> movement.get("itemId"))
                .findFirst();
    }
}
