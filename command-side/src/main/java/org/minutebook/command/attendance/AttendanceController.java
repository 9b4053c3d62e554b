package org.minutebook.command.attendance;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who attended a meeting, over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class AttendanceController {

    private final CommandDispatch dispatch;

    AttendanceController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/attendance/members")
    ResponseEntity<String> present(@CommandBody RecordAttendance command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/attendance/apologies")
    ResponseEntity<String> apology(@CommandBody RecordApology command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/attendance/substitutes")
    ResponseEntity<String> substitute(@CommandBody RecordSubstitute command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/attendance/officers")
    ResponseEntity<String> officer(@CommandBody RecordOfficerAttendance command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/attendance/others")
    ResponseEntity<String> guest(@CommandBody RecordGuestAttendance command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/attendance/late-arrivals")
    ResponseEntity<String> lateArrival(@CommandBody RecordLateArrival command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/attendance/early-departures")
    ResponseEntity<String> earlyDeparture(@CommandBody RecordEarlyDeparture command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/attendance/earlier-absence-apologies")
    ResponseEntity<String> earlierAbsenceApology(@CommandBody RecordEarlierAbsenceApology command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }
}
