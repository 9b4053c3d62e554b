package org.minutebook.command.committees;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
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
    Recorded register(@CommandBody Sent<RegisterCommittee> sent) {
        return dispatch.committeeFact(sent, sent.command().committeeId());
    }

    @PostMapping("/{committeeId}/renamings")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded rename(@CommandBody Sent<RenameCommittee> sent) {
        return dispatch.committeeFact(sent);
    }

    @PostMapping("/{committeeId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded appoint(@CommandBody Sent<AppointMember> sent) {
        return dispatch.committeeFact(sent, sent.command().member().id());
    }

    @PostMapping("/{committeeId}/quorum")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded fixQuorum(@CommandBody Sent<FixQuorum> sent) {
        return dispatch.committeeFact(sent);
    }

    @PostMapping("/{committeeId}/members/{memberId}/ending")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded end(@CommandBody Sent<EndMembership> sent) {
        return dispatch.committeeFact(sent);
    }
}
