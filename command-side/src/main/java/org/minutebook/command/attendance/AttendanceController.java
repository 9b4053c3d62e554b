package org.minutebook.command.attendance;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
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
    Recorded present(@CommandBody Sent<RecordAttendance> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/attendance/apologies")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded apology(@CommandBody Sent<RecordApology> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/attendance/substitutes")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded substitute(@CommandBody Sent<RecordSubstitute> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/attendance/officers")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded officer(@CommandBody Sent<RecordOfficerAttendance> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/attendance/others")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded guest(@CommandBody Sent<RecordGuestAttendance> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/attendance/late-arrivals")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded lateArrival(@CommandBody Sent<RecordLateArrival> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/attendance/early-departures")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded earlyDeparture(@CommandBody Sent<RecordEarlyDeparture> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/attendance/earlier-absence-apologies")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded earlierAbsenceApology(@CommandBody Sent<RecordEarlierAbsenceApology> sent) {
        return dispatch.meetingFact(sent);
    }
}
