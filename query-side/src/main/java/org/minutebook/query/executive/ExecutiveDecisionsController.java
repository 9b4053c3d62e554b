package org.minutebook.query.executive;

import org.minutebook.events.published.OutsideMeeting;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Decisions outside meetings and each council's forward plan of key decisions. */
@RestController
class ExecutiveDecisionsController {

    private final ExecutiveDecisions decisions;

    ExecutiveDecisionsController(ExecutiveDecisions decisions) {
        this.decisions = decisions;
    }

    /** The decision as it stands, or as it stood at an instant ({@code asOf}). */
    @GetMapping("/api/executive-decisions/{decisionId}")
    ExecutiveDecisionAnswer decision(@PathVariable String decisionId, @RequestParam(required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        return decisions.one(decisionId, asOf);
    }

    /** The council's forward plan: key decisions not yet taken (and those taken, with {@code taken=true}). */
    @GetMapping("/api/forward-plan")
    List<OutsideMeeting> forwardPlan(@RequestParam String council,
                                     @RequestParam(defaultValue = "false") boolean taken) {
        return decisions.forwardPlan(council, taken);
    }
}
