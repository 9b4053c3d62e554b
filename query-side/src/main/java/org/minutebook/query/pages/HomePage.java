package org.minutebook.query.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.meetings.Meetings;
import org.minutebook.query.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.LocalDate;

/** The site's home page: the committees, the meetings coming up and those lately held. */
@Hidden // pages and feeds, not the JSON API that /v3/api-docs describes
@Controller
class HomePage {

    private static final Paging FIRST_TEN = new Paging(0, 10);

    private final Committees committees;
    private final Meetings meetings;

    HomePage(Committees committees, Meetings meetings) {
        this.committees = committees;
        this.meetings = meetings;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("committees", committees.all(new Paging(0, Paging.MAX_LIMIT)).items());
        model.addAttribute("upcoming", meetings.inPeriod(null, today, null, FIRST_TEN).items());
        model.addAttribute("recent", meetings.latestFirst(null, today.minusDays(1), FIRST_TEN).items());
        return "pages/home";
    }
}
