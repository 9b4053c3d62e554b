package org.minutebook.command.meetings;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @ResponseStatus(HttpStatus.CREATED)
    Recorded schedule(@CommandBody ScheduleMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), command.meetingId());
    }

    @PostMapping("/{meetingId}/rescheduling")
    Recorded reschedule(@CommandBody RescheduleMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/cancellation")
    Recorded cancel(@CommandBody CancelMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/opening")
    Recorded open(@CommandBody OpenMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/adjournments")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded adjourn(@CommandBody AdjournMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/resumptions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded resume(@CommandBody ResumeMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/closing")
    Recorded close(@CommandBody CloseMeeting command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }

    @PostMapping("/{meetingId}/roles")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded role(@CommandBody TakeMeetingRole command) {
        return dispatch.meetingFact(command, command.meetingId(), null);
    }
}
