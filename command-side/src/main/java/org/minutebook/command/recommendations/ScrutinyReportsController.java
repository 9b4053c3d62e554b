package org.minutebook.command.recommendations;

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

/** Scrutiny reports to the executive and the responses to their recommendations over HTTP. */
@RestController
@RequestMapping("/api/scrutiny-reports")
class ScrutinyReportsController {

    private final CommandDispatch dispatch;
    private final QuerySideLinks links;

    ScrutinyReportsController(CommandDispatch dispatch, QuerySideLinks links) {
        this.dispatch = dispatch;
        this.links = links;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Recorded receive(@CommandBody Sent<ReceiveScrutinyReport> sent) {
        return dispatch.recordFact(sent, null, links::scrutinyReport);
    }

    @PostMapping("/{reportId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correct(@CommandBody Sent<CorrectScrutinyReport> sent) {
        return dispatch.recordFact(sent, null, links::scrutinyReport);
    }

    @PostMapping("/{reportId}/recommendations/{recommendationId}/response")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded respond(@CommandBody Sent<RespondToRecommendation> sent) {
        return dispatch.recordFact(sent, sent.command().recommendationId(), links::scrutinyReport);
    }

    @PostMapping("/{reportId}/recommendations/{recommendationId}/response/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctResponse(@CommandBody Sent<CorrectResponse> sent) {
        return dispatch.recordFact(sent, sent.command().recommendationId(), links::scrutinyReport);
    }

    @PostMapping("/{reportId}/recommendations/{recommendationId}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded progress(@CommandBody Sent<ReportProgress> sent) {
        return dispatch.recordFact(sent, sent.command().recommendationId(), links::scrutinyReport);
    }

    @PostMapping("/{reportId}/recommendations/{recommendationId}/progress/{update}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctProgress(@CommandBody Sent<CorrectProgress> sent) {
        return dispatch.recordFact(sent, sent.command().recommendationId(), links::scrutinyReport);
    }
}
