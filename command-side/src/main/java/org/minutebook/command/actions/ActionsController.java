package org.minutebook.command.actions;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @ResponseStatus(HttpStatus.CREATED)
    Recorded furtherReport(@CommandBody Sent<RequestFurtherReport> sent) {
        return dispatch.meetingFact(sent, sent.command().actionId());
    }

    @PostMapping("/{meetingId}/items/{itemId}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded referral(@CommandBody Sent<MakeReferral> sent) {
        return dispatch.meetingFact(sent, sent.command().actionId());
    }

    @PostMapping("/{meetingId}/items/{itemId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded action(@CommandBody Sent<AgreeAction> sent) {
        return dispatch.meetingFact(sent, sent.command().actionId());
    }

    @PostMapping("/{meetingId}/actions/{actionId}/completion")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded complete(@CommandBody Sent<CompleteAction> sent) {
        return dispatch.meetingFact(sent);
    }
}
