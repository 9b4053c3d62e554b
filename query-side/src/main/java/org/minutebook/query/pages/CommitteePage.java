package org.minutebook.query.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.meetings.Meetings;
import org.minutebook.query.platform.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A committee's page: its members, its calendar of meetings (coming up, then those held) and its feeds; and its
 * meetings month by month.
 */
@Hidden // pages and feeds, not the JSON API that /v3/api-docs describes
@Controller
class CommitteePage {

    private final Committees committees;
    private final Meetings meetings;

    CommitteePage(Committees committees, Meetings meetings) {
        this.committees = committees;
        this.meetings = meetings;
    }

    @GetMapping("/committees/{committeeId}")
    String committee(@PathVariable String committeeId, @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("committee", committees.one(committeeId));
        model.addAttribute("upcoming", meetings.inPeriod(committeeId, today, null, new Paging(0, Paging.MAX_LIMIT))
                .items());
        model.addAttribute("held", meetings.latestFirst(committeeId, today.minusDays(1), new Paging(page, 50)));
        return "pages/committee";
    }

    /** The committee's meetings in a month, as a calendar (this month unless another is asked for: 2020-11). */
    @GetMapping("/committees/{committeeId}/calendar")
    String calendar(@PathVariable String committeeId, @RequestParam(required = false)
                    @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        YearMonth shown = month != null ? month : YearMonth.now();
        model.addAttribute("committee", committees.one(committeeId));
        model.addAttribute("calendar", MonthCalendar.of(shown, meetings.inMonth(committeeId, shown)));
        return "pages/calendar";
    }
}
