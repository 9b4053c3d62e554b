package org.minutebook.command.declarations;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    ResponseEntity<String> interest(@CommandBody DeclareInterest command) {
        return dispatch.meetingFact(command, command.meetingId(), command.declarationId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/declarations/no-interests")
    ResponseEntity<String> noInterests(@CommandBody RecordNoDeclarations command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/declarations/party-whips")
    ResponseEntity<String> partyWhip(@CommandBody DeclarePartyWhip command) {
        return dispatch.meetingFact(command, command.meetingId(), command.declarationId(), HttpStatus.CREATED);
    }

    @PostMapping("/{meetingId}/declarations/no-party-whip")
    ResponseEntity<String> noPartyWhip(@CommandBody RecordNoPartyWhip command) {
        return dispatch.meetingFact(command, command.meetingId(), null, HttpStatus.CREATED);
    }
}
