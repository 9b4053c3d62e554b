package org.minutebook.command.attendance;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @ResponseStatus(HttpStatus.CREATED)
    Recorded present(@CommandBody RecordAttendance command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/attendance/apologies")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded apology(@CommandBody RecordApology command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/attendance/substitutes")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded substitute(@CommandBody RecordSubstitute command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/attendance/officers")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded officer(@CommandBody RecordOfficerAttendance command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/attendance/others")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded guest(@CommandBody RecordGuestAttendance command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/attendance/late-arrivals")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded lateArrival(@CommandBody RecordLateArrival command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/attendance/early-departures")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded earlyDeparture(@CommandBody RecordEarlyDeparture command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/attendance/earlier-absence-apologies")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded earlierAbsenceApology(@CommandBody RecordEarlierAbsenceApology command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }
}
