package org.minutebook.command.executive;

import org.minutebook.command.platform.CommandBody;
import org.minutebook.command.platform.CommandDispatch;
import org.minutebook.command.platform.QuerySideLinks;
import org.minutebook.command.platform.Recorded;
import org.minutebook.command.platform.Sent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The forward plan, decisions outside meetings and their call-in over HTTP. */
@RestController
class ExecutiveDecisionsController {

    private final CommandDispatch dispatch;
    private final QuerySideLinks links;

    ExecutiveDecisionsController(CommandDispatch dispatch, QuerySideLinks links) {
        this.dispatch = dispatch;
        this.links = links;
    }

    @PostMapping("/api/forward-plan")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded plan(@CommandBody Sent<PlanKeyDecision> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/plan-corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctPlan(@CommandBody Sent<CorrectKeyDecisionPlan> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/notices")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded notice(@CommandBody Sent<PublishKeyDecisionNotice> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/notices/{notice}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctNotice(@CommandBody Sent<CorrectKeyDecisionNotice> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded take(@CommandBody Sent<TakeDecision> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correct(@CommandBody Sent<CorrectDecisionTaken> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/decision-notice")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded decisionNotice(@CommandBody Sent<PublishDecisionNotice> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/decision-notice/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctDecisionNotice(@CommandBody Sent<CorrectDecisionNotice> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/call-in")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded callIn(@CommandBody Sent<RequestCallIn> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/call-in/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctCallIn(@CommandBody Sent<CorrectCallIn> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/call-in/consideration")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded consider(@CommandBody Sent<ConsiderCallIn> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/call-in/consideration/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctConsideration(@CommandBody Sent<CorrectCallInConsideration> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/reconsideration/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded correctReconsideration(@CommandBody Sent<CorrectReconsideration> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }

    @PostMapping("/api/executive-decisions/{decisionId}/reconsideration")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded reconsider(@CommandBody Sent<ReconsiderDecision> sent) {
        return dispatch.recordFact(sent, null, links::executiveDecision);
    }
}
