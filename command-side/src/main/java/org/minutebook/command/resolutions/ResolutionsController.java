package org.minutebook.command.resolutions;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<String> pass(@CommandBody PassResolution command) {
        return dispatch.meetingFact(command, command.meetingId(), command.resolutionId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/lost-motions")
    ResponseEntity<String> lost(@CommandBody RecordLostMotion command) {
        return dispatch.meetingFact(command, command.meetingId(), command.resolutionId(), HttpStatus.CREATED);
    }
}
