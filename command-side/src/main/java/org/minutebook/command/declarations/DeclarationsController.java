package org.minutebook.command.declarations;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Declarations of interest and of the party whip, over HTTP. */
@RestController
@RequestMapping("/api/meetings")
class DeclarationsController {

    private final CommandDispatch dispatch;

    DeclarationsController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping("/{meetingId}/declarations/interests")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded interest(@CommandBody Sent<DeclareInterest> sent) {
        return dispatch.meetingFact(sent, sent.command().declarationId());
    }

    @PostMapping("/{meetingId}/declarations/no-interests")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noInterests(@CommandBody Sent<RecordNoDeclarations> sent) {
        return dispatch.meetingFact(sent);
    }

    @PostMapping("/{meetingId}/declarations/party-whips")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded partyWhip(@CommandBody Sent<DeclarePartyWhip> sent) {
        return dispatch.meetingFact(sent, sent.command().declarationId());
    }

    @PostMapping("/{meetingId}/declarations/no-party-whip")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded noPartyWhip(@CommandBody Sent<RecordNoPartyWhip> sent) {
        return dispatch.meetingFact(sent);
    }
}
