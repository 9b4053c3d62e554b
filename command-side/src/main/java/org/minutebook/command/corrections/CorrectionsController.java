package org.minutebook.command.corrections;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Corrections to a meeting's recorded facts; the originals stay in the history. */
@RestController
@RequestMapping("/api/meetings")
class CorrectionsController {

    private final CommandDispatch dispatch;

    CorrectionsController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/corrections")
    ResponseEntity<String> correct(@CommandBody CorrectFact command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }
}
