package org.minutebook.command.meetings;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
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
    private final MeetingIds ids;

    MeetingsController(CommandDispatch dispatch, MeetingIds ids) {
        this.dispatch = dispatch;
        this.ids = ids;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Recorded schedule(@CommandBody Sent<ScheduleMeeting> sent) {
        Sent<ScheduleMeeting> named = ids.named(sent);
        return dispatch.meetingFact(named, named.command().meetingId());
    }

    @PostMapping("/{meetingId}/rescheduling")
    Recorded reschedule(@CommandBody Sent<RescheduleMeeting> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/cancellation")
    Recorded cancel(@CommandBody Sent<CancelMeeting> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/opening")
    Recorded open(@CommandBody Sent<OpenMeeting> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/adjournments")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded adjourn(@CommandBody Sent<AdjournMeeting> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/resumptions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded resume(@CommandBody Sent<ResumeMeeting> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/closing")
    Recorded close(@CommandBody Sent<CloseMeeting> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/roles")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded role(@CommandBody Sent<TakeMeetingRole> sent) {
        return dispatch.meetingFact(sent);
    }
}
