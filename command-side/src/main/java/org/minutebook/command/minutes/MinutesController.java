package org.minutebook.command.minutes;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Confirming earlier minutes at a meeting, and signing a meeting's confirmed minutes, over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class MinutesController {

    private final CommandDispatch dispatch;

    MinutesController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/previous-minutes")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded confirmPrevious(@CommandBody Sent<ConfirmPreviousMinutes> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/signature")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded sign(@CommandBody Sent<SignMinutes> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/items/{itemId}/earlier-minutes-corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded earlierMinutesCorrection(@CommandBody Sent<NoteEarlierMinutesCorrection> sent) {
        return dispatch.meetingFact(sent);
    }
}
