package org.minutebook.query.attendance;

import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.RenderedAnswer;
import org.minutebook.query.record.MeetingRecords;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Attendance at a meeting; a member's attendance across meetings, with the rate councils publish. */
@RestController
class AttendanceController {

    private final MeetingRecords records;
    private final MemberAttendance members;

    AttendanceController(MeetingRecords records, MemberAttendance members) {
        this.records = records;
        this.members = members;
    }

    /** By capacity; none in any while nothing of the meeting is projected. */
    @GetMapping("/api/meetings/{meetingId}/attendance")
    @AnswersRows(AttendanceAnswer.class)
    ResponseEntity<RenderedAnswer> ofMeeting(@PathVariable String meetingId,
                                             @RequestParam(required = false) Long minVersion,
                                             @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                             String ifNoneMatch) {
        return records.answer(meetingId, AttendanceRegister.NAME, minVersion, AttendanceRegister.NAME, ifNoneMatch)
                .map(RenderedAnswer::response).orElseGet(() -> ResponseEntity.ok(RenderedAnswer.untagged(
                        NONE_YET)));
    }

    /** A member's attendance in a period, with the rate ({@link AttendanceRate}). */
    @GetMapping("/api/members/{memberId}/attendance")
    MemberAttendance.Answer ofMember(@PathVariable String memberId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return MemberAttendance.Answer.of(members.of(memberId, from, to));
    }

    private static final byte[] NONE_YET =
            "{\"present\":[],\"apologies\":[],\"substitute\":[],\"officer\":[],\"other\":[]}".getBytes();
}
