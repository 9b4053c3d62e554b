package org.minutebook.query.decisions;

import org.bson.Document;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.VisibleRecords;
import org.minutebook.query.record.RegisterRows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The decision register: filter by committee, period, outcome and words in the decision; newest meetings first. */
@RestController
class DecisionsController {

    /** Newest meetings first (a meeting whose date is not stated last), each meeting's decisions in order. */
    private static final Comparator<Document> NEWEST_FIRST = Comparator
            .comparing((Document decision) -> decision.getString("meetingDate"),
                    Comparator.nullsFirst(Comparator.<String>naturalOrder())).reversed()
            .thenComparing(decision -> decision.getString("meetingId"))
            .thenComparing(decision -> decision.getInteger("order"));

    private final DecisionsRegister register;
    private final RegisterRows rows;
    private final VisibleRecords records;
    private final Decisions decisions;

    DecisionsController(DecisionsRegister register, RegisterRows rows, VisibleRecords records, Decisions decisions) {
        this.register = register;
        this.rows = rows;
        this.records = records;
        this.decisions = decisions;
    }

    /**
     * The register as it stood at an instant: every decision recorded by then, as then corrected. Filtered like
     * the live register, newest meetings first.
     */
    @GetMapping(value = "/api/decisions", params = "asOf")
    @AnswersRows(DecisionRow.class)
    Paging.Page registerAsOf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                             @RequestParam(required = false) String committeeId,
                             @RequestParam(required = false) String q,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int limit) {
        Paging paging = new Paging(page, limit);
        List<Document> stood = records.allAsOf(asOf, committeeId).stream()
                .flatMap(record -> rows.documents(register, record).stream())
                .filter(decision -> q == null || decision.getString("text") != null && decision.getString("text")
                        .toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .sorted(NEWEST_FIRST)
                .toList();
        return paging.apply(stood);
    }

    @GetMapping("/api/decisions")
    @AnswersRows(DecisionRow.class)
    Paging.Page register(@RequestParam(required = false) String committeeId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) String q,
                         @RequestParam(required = false) Outcome outcome,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int limit) {
        return decisions.register(committeeId, from, to, q, outcome, new Paging(page, limit));
    }

    @GetMapping("/api/meetings/{meetingId}/decisions")
    @AnswersRows(DecisionRow.class)
    List<Document> ofMeeting(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion) {
        return rows.of(register, meetingId, minVersion);
    }
}
