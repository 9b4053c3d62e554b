package org.minutebook.command.actions;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a meeting's decisions asked for, and its completion, over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class ActionsController {

    private final CommandDispatch dispatch;

    ActionsController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/items/{itemId}/further-reports")
    ResponseEntity<String> furtherReport(@CommandBody RequestFurtherReport command) {
        return dispatch.meetingFact(command, command.meetingId(), command.actionId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/referrals")
    ResponseEntity<String> referral(@CommandBody MakeReferral command) {
        return dispatch.meetingFact(command, command.meetingId(), command.actionId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/items/{itemId}/actions")
    ResponseEntity<String> action(@CommandBody AgreeAction command) {
        return dispatch.meetingFact(command, command.meetingId(), command.actionId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/actions/{actionId}/completion")
    ResponseEntity<String> complete(@CommandBody CompleteAction command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }
}
