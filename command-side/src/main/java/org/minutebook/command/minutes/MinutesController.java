package org.minutebook.command.minutes;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<String> confirmPrevious(@CommandBody ConfirmPreviousMinutes command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/signature")
    ResponseEntity<String> sign(@CommandBody SignMinutes command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/earlier-minutes-corrections")
    ResponseEntity<String> earlierMinutesCorrection(@CommandBody NoteEarlierMinutesCorrection command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }
}
