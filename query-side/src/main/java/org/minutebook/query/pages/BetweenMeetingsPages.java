package org.minutebook.query.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.executive.ExecutiveDecisions;
import org.minutebook.query.recommendations.ScrutinyReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/**
 * The record between meetings as pages: a decision outside a meeting (its maker, reasons, notice, call-in and the
 * day it may be implemented), a council's forward plan of key decisions, and a committee's recommendations tracker.
 */
@Hidden // pages, not the JSON API that /v3/api-docs describes
@Controller
class BetweenMeetingsPages {

    private final ExecutiveDecisions decisions;
    private final ScrutinyReports reports;
    private final Committees committees;

    BetweenMeetingsPages(ExecutiveDecisions decisions, ScrutinyReports reports, Committees committees) {
        this.decisions = decisions;
        this.reports = reports;
        this.committees = committees;
    }

    @GetMapping("/executive-decisions/{decisionId}")
    String decision(@PathVariable String decisionId, Model model) {
        model.addAttribute("answer", decisions.one(decisionId, null));
        return "pages/executive-decision";
    }

    @GetMapping("/forward-plan")
    String forwardPlan(@RequestParam String council, Model model) {
        model.addAttribute("council", council);
        model.addAttribute("plan", decisions.forwardPlan(council, false));
        return "pages/forward-plan";
    }

    /** The committee's recommendations as they stand today, or on the day asked for. */
    @GetMapping("/committees/{committeeId}/recommendations")
    String tracker(@PathVariable String committeeId, @RequestParam(required = false)
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        LocalDate day = on != null ? on : LocalDate.now();
        model.addAttribute("committee", committees.one(committeeId));
        model.addAttribute("day", day);
        model.addAttribute("recommendations", reports.tracker(committeeId, day));
        return "pages/recommendations";
    }
}
