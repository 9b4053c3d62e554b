package org.minutebook.command.resolutions;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A meeting's decisions over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class ResolutionsController {

    private final CommandDispatch dispatch;

    ResolutionsController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/items/{itemId}/resolutions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded pass(@CommandBody Sent<PassResolution> sent) {
        return dispatch.meetingFact(sent, sent.command().resolutionId());
    }

    @PostMapping("/{meetingId}/items/{itemId}/lost-motions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded lost(@CommandBody Sent<RecordLostMotion> sent) {
        return dispatch.meetingFact(sent, sent.command().resolutionId());
    }
}
