package org.minutebook.command.corrections;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correct(@CommandBody Sent<CorrectFact> sent) {
        return dispatch.meetingFact(sent);
    }
}
