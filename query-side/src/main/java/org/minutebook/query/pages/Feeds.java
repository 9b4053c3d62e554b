package org.minutebook.query.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.decisions.Decisions;
import org.minutebook.query.meetings.Meetings;
import org.minutebook.query.platform.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * The feeds people subscribe to: every meeting of the council, or of one committee, as iCalendar; the decisions
 * as Atom. Each reads the same query services as the JSON API and the pages, as the caller may read them.
 */
@Hidden // pages and feeds, not the JSON API that /v3/api-docs describes
@RestController
class Feeds {

    static final String CALENDAR = "text/calendar;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    /**
     * The same feed for a browser: Chromium shows {@code application/atom+xml} as plain text, never applying the
     * feed's stylesheet, but transforms an {@code application/xml} document by it into a page. A browser asks for
     * XML before anything else; a feed reader for Atom, or for anything (and is given Atom).
     */
    static final String AS_XML = "application/xml;charset=UTF-8";
    /** As many as a feed carries, latest first: the longest page the registers answer. */
    private static final Paging WHOLE_FEED = new Paging(0, Paging.MAX_LIMIT);

    private final Meetings meetings;
    private final Committees committees;
    private final Decisions decisions;
    private final Wording wording;
    private final PageLinks links;

    Feeds(Meetings meetings, Committees committees, Decisions decisions, Wording wording,
          @Value("${minutebook.public-url}") String site) {
        this.meetings = meetings;
        this.committees = committees;
        this.decisions = decisions;
        this.wording = wording;
        this.links = new PageLinks(site);
    }

    @GetMapping(value = "/meetings.ics", produces = CALENDAR)
    String council() {
        return MeetingCalendar.of("Committee meetings", meetings.latestFirst(null, null, WHOLE_FEED).items(),
                links, Instant.now());
    }

    @GetMapping(value = "/committees/{committeeId}/meetings.ics", produces = CALENDAR)
    String committee(@PathVariable String committeeId) {
        String name = committees.one(committeeId).name();
        return MeetingCalendar.of(name, meetings.latestFirst(committeeId, null, WHOLE_FEED).items(),
                links, Instant.now());
    }

    @GetMapping(value = "/decisions.atom", produces = {ATOM, AS_XML})
    ResponseEntity<String> decisions(@RequestParam(required = false) String committeeId) {
        String title = committeeId == null ? "Decisions" : "Decisions of " + committees.one(committeeId).name();
        // the type follows Accept, so a cache keeps the browser's answer and the feed reader's apart
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(DecisionsFeed.of(title,
                decisions.register(committeeId, null, null, null, null, WHOLE_FEED).items(), links, wording,
                Instant.now()));
    }
}
