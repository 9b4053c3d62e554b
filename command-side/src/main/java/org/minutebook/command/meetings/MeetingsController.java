package org.minutebook.command.meetings;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A meeting's life over HTTP: schedule, reschedule, cancel, open, adjourn, resume, close. */
@RestController
@RequestMapping("/api/meetings")
class MeetingsController {

    private final CommandDispatch dispatch;

    MeetingsController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping
    ResponseEntity<String> schedule(@CommandBody ScheduleMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), command.meetingId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/rescheduling")
    ResponseEntity<String> reschedule(@CommandBody RescheduleMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.OK);
    }

    @PostMapping("/{meetingId}/cancellation")
    ResponseEntity<String> cancel(@CommandBody CancelMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.OK);
    }

    @PostMapping("/{meetingId}/opening")
    ResponseEntity<String> open(@CommandBody OpenMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.OK);
    }

    @PostMapping("/{meetingId}/adjournments")
    ResponseEntity<String> adjourn(@CommandBody AdjournMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/resumptions")
    ResponseEntity<String> resume(@CommandBody ResumeMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/closing")
    ResponseEntity<String> close(@CommandBody CloseMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.OK);
    }

    @PostMapping("/{meetingId}/roles")
    ResponseEntity<String> role(@CommandBody TakeMeetingRole command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }
}
