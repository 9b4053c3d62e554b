package org.minutebook.query.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.minutebook.events.published.PublishedDecision.Outcome;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.decisions.Decisions;
import org.minutebook.query.declarations.Declarations;
import org.minutebook.query.meetings.Meetings;
import org.minutebook.query.minutes.MinuteSearch;
import org.minutebook.query.platform.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

/**
 * The registers as pages: decisions (searched by their words), declarations, and a search across the minutes'
 * words, the meetings' agendas and the decisions. Each is the JSON register's query, with its filters, as the caller may read it.
 */
@Hidden // pages and feeds, not the JSON API that /v3/api-docs describes
@Controller
class RegisterPages {

    private static final int PAGE = 50;

    private final Decisions decisions;
    private final Declarations declarations;
    private final Meetings meetings;
    private final Committees committees;
    private final MinuteSearch minuteSearch;

    RegisterPages(Decisions decisions, Declarations declarations, Meetings meetings, Committees committees,
                  MinuteSearch minuteSearch) {
        this.minuteSearch = minuteSearch;
        this.decisions = decisions;
        this.declarations = declarations;
        this.meetings = meetings;
        this.committees = committees;
    }

    @GetMapping("/decisions")
    String decisions(@RequestParam(required = false) String committeeId, @RequestParam(required = false) String q,
                     @RequestParam(required = false) Outcome outcome,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("decisions", decisions.register(blankAsNone(committeeId), from, to, q, outcome,
                new Paging(page, PAGE)));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("committees", committees.all(new Paging(0, Paging.MAX_LIMIT)).items());
        return "pages/decisions";
    }

    @GetMapping("/declarations")
    String declarations(@RequestParam(required = false) String committeeId,
                        @RequestParam(required = false) String memberId,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("declarations", declarations.register(blankAsNone(memberId), blankAsNone(committeeId),
                null, null, null, new Paging(page, PAGE)));
        model.addAttribute("committees", committees.all(new Paging(0, Paging.MAX_LIMIT)).items());
        return "pages/declarations";
    }

    /** Words in the minutes, the titles of agenda items and the decisions; nothing is searched without words. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        if (q != null && !q.isBlank()) {
            model.addAttribute("minutes", minuteSearch.find(q, new Paging(page, PAGE)));
            model.addAttribute("meetings", meetings.withItemTitled(q, new Paging(page, PAGE)));
            model.addAttribute("decisions", decisions.register(null, null, null, q, null, new Paging(page, PAGE)));
        }
        return "pages/search";
    }

    /** An empty choice in a form ("any committee") filters nothing. */
    private static String blankAsNone(String chosen) {
        return chosen == null || chosen.isBlank() ? null : chosen;
    }
}
