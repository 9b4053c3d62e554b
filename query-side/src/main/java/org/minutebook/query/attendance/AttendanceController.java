package org.minutebook.query.attendance;

import org.bson.Document;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.RegisterRows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Attendance at a meeting; a member's attendance across meetings, with the rate councils publish. */
@RestController
class AttendanceController {

    private static final List<FactKind> CAPACITIES = List.of(FactKind.PRESENT, FactKind.APOLOGIES,
            FactKind.SUBSTITUTE, FactKind.OFFICER, FactKind.OTHER);
    private final AttendanceRegister register;
    private final RegisterRows rows;
    private final MemberAttendance members;

    AttendanceController(AttendanceRegister register, RegisterRows rows, MemberAttendance members) {
        this.register = register;
        this.rows = rows;
        this.members = members;
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
        MemberAttendance.Attendance member = members.of(memberId, from, to);
        AttendanceRate rate = member.rate();
        return new Document("memberId", memberId)
                .append("from", from == null ? null : from.toString())
                .append("to", to == null ? null : to.toString())
                .append("expected", rate.expected())
                .append("attended", rate.attended())
                .append("apologies", rate.apologies())
                .append("rate", rate.rate())
                .append("meetings", member.rows());
    }
}
