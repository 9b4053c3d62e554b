package org.minutebook.command.matters;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.QuerySideLinks;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Matters across meetings over HTTP. */
@RestController
@RequestMapping("/api/matters")
class MattersController {

    private final CommandDispatch dispatch;
    private final QuerySideLinks links;

    MattersController(CommandDispatch dispatch, QuerySideLinks links) {
        this.dispatch = dispatch;
        this.links = links;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Recorded open(@CommandBody Sent<OpenMatter> sent) {
        return dispatch.recordFact(sent, sent.command().matterId(), links::matter);
    }

    @PostMapping("/{matterId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correct(@CommandBody Sent<CorrectMatter> sent) {
        return dispatch.recordFact(sent, null, links::matter);
    }

    @PostMapping("/{matterId}/considerations")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded consider(@CommandBody Sent<ConsiderMatter> sent) {
        return dispatch.recordFact(sent, sent.command().itemId(), links::matter);
    }

    @PostMapping("/{matterId}/considerations/striking-out")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded strikeOut(@CommandBody Sent<StrikeOutConsideration> sent) {
        return dispatch.recordFact(sent, null, links::matter);
    }
}
