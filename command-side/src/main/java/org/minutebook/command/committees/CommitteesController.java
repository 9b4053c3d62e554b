package org.minutebook.command.committees;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
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
    @ResponseStatus(HttpStatus.CREATED)
    Recorded register(@CommandBody RegisterCommittee command) {
        return dispatch.committeeFact(command, command.committeeId(), command.committeeId());
    }

    @PostMapping("/{committeeId}/renamings")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded rename(@CommandBody RenameCommittee command) {
        return dispatch.committeeFact(command, command.committeeId(), null);
    }

    @PostMapping("/{committeeId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded appoint(@CommandBody AppointMember command) {
        return dispatch.committeeFact(command, command.committeeId(), command.member().id());
    }

    @PostMapping("/{committeeId}/quorum")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded fixQuorum(@CommandBody FixQuorum command) {
        return dispatch.committeeFact(command, command.committeeId(), null);
    }

    @PostMapping("/{committeeId}/members/{memberId}/ending")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded end(@CommandBody EndMembership command) {
        return dispatch.committeeFact(command, command.committeeId(), null);
    }
}
