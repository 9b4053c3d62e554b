package org.minutebook.query.attendance;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Rows;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.MeetingStatus;
import org.minutebook.query.record.RegisterRows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.mongodb.client.model.Filters.eq;

/** Attendance at a meeting; a member's attendance across meetings, with the rate councils publish. */
@RestController
class AttendanceController {

    private static final List<FactKind> CAPACITIES = List.of(FactKind.PRESENT, FactKind.APOLOGIES,
            FactKind.SUBSTITUTE, FactKind.OFFICER, FactKind.OTHER);
    /** A meeting that has sat: one a member was expected at. */
    private static final List<String> HELD = List.of(MeetingStatus.OPEN.name(), MeetingStatus.ADJOURNED.name(),
            MeetingStatus.CLOSED.name());

    private final MongoCollection<Document> attendance;
    private final MongoCollection<Document> meetings;
    private final MongoCollection<Document> committees;
    private final AttendanceRegister register;
    private final RegisterRows rows;

    AttendanceController(MongoDatabase readModels, AttendanceRegister register, RegisterRows rows) {
        this.attendance = rows.collection(register);
        this.meetings = readModels.getCollection("meetings");
        this.committees = readModels.getCollection("committees");
        this.register = register;
        this.rows = rows;
    }

    @GetMapping("/api/meetings/{meetingId}/attendance")
    @AnswersRows(AttendanceRow.class)
    Map<String, List<Document>> ofMeeting(@PathVariable String meetingId,
                                          @RequestParam(required = false) Long minVersion) {
        List<Document> recorded = rows.of(register, meetingId, minVersion);
        Map<String, List<Document>> byCapacity = new LinkedHashMap<>();
        CAPACITIES.forEach(capacity -> byCapacity.put(capacity.json(), recorded.stream()
                .filter(row -> capacity.name().equals(row.getString("attendedAs")))
                .toList()));
        return byCapacity;
    }

    /** A member's attendance in a period, with the rate ({@link AttendanceRate}). */
    @GetMapping("/api/members/{memberId}/attendance")
    Document ofMember(@PathVariable String memberId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<Document> recorded = Rows.of(attendance.find(Criteria.where().eq("person.id", memberId)
                .period("meetingDate", from, to).build()).sort(Sorts.ascending("meetingDate", "meetingId", "order")));
        AttendanceRate rate = AttendanceRate.of(recorded, meetingsServedOn(memberId, from, to));
        return new Document("memberId", memberId)
                .append("from", from == null ? null : from.toString())
                .append("to", to == null ? null : to.toString())
                .append("expected", rate.expected())
                .append("attended", rate.attended())
                .append("apologies", rate.apologies())
                .append("rate", rate.rate())
                .append("meetings", recorded);
    }

    /**
     * The meetings held of each committee the member was appointed to, on a day they served on it (a meeting
     * whose date is not stated cannot be placed in a membership, so is not counted).
     */
    private Set<String> meetingsServedOn(String memberId, LocalDate from, LocalDate to) {
        Set<String> served = new LinkedHashSet<>();
        for (Document committee : committees.find(eq("members.member.id", memberId))) {
            List<Document> memberships = committee.getList("members", Document.class).stream()
                    .filter(member -> memberId.equals(member.get("member", Document.class).getString("id")))
                    .toList();
            for (Document meeting : meetings.find(Criteria.where().eq("committeeId", committee.getString("_id"))
                    .period("date", from, to).and(Filters.in("status", HELD)).build())) {
                String date = meeting.getString("date");
                boolean serving = date != null && memberships.stream().anyMatch(member ->
                        member.getString("from").compareTo(date) <= 0
                                && (member.getString("until") == null || member.getString("until").compareTo(date) >= 0));
                if (serving) {
                    served.add(meeting.getString("meetingId"));
                }
            }
        }
        return served;
    }
}
