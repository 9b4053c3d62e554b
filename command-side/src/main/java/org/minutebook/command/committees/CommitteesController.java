package org.minutebook.command.committees;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Committees and their members over HTTP. */
@RestController
@RequestMapping("/api/committees")
class CommitteesController {

    private final CommandDispatch dispatch;

    CommitteesController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @PostMapping
    ResponseEntity<String> register(@CommandBody RegisterCommittee command) {
        return dispatch.committeeFact(command, command.committeeId(), command.committeeId(), HttpStatus.CREATED);
    }

    @PostMapping("/{committeeId}/renamings")
    ResponseEntity<String> rename(@CommandBody RenameCommittee command) {
        return dispatch.committeeFact(command, command.committeeId(), null, HttpStatus.CREATED);
    }

    @PostMapping("/{committeeId}/members")
    ResponseEntity<String> appoint(@CommandBody AppointMember command) {
        return dispatch.committeeFact(command, command.committeeId(), command.member().id(), HttpStatus.CREATED);
    }

    @PostMapping("/{committeeId}/members/{memberId}/ending")
    ResponseEntity<String> end(@CommandBody EndMembership command) {
        return dispatch.committeeFact(command, command.committeeId(), null, HttpStatus.CREATED);
    }
}
