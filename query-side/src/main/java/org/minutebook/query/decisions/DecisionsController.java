package org.minutebook.query.decisions;

import org.minutebook.events.published.PublishedDecision.Outcome;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.RenderedAnswer;
import org.minutebook.query.record.MeetingRecords;
import org.minutebook.query.record.VisibleRecords;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The decision register: filter by committee, period, outcome and words in the decision; newest meetings first. */
@RestController
class DecisionsController {

    /**
     * Newest meetings first (a meeting whose date is not stated last), each meeting's decisions in order; a decision
     * outside a meeting by the day it was taken, after the meetings of that day.
     */
    private static final Comparator<DecisionRow> NEWEST_FIRST = Comparator
            .comparing((DecisionRow decision) -> decision.where().meetingDate(),
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed()
            .thenComparing(decision -> decision.where().meetingId(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(decision -> decision.where().order())
            .thenComparing(DecisionRow::id);

    private final DecisionsRegister register;
    private final VisibleRecords visible;
    private final MeetingRecords records;
    private final Decisions decisions;
    private final OutsideMeetings outsideMeetings;

    DecisionsController(DecisionsRegister register, VisibleRecords visible, MeetingRecords records,
                        Decisions decisions, OutsideMeetings outsideMeetings) {
        this.register = register;
        this.visible = visible;
        this.records = records;
        this.decisions = decisions;
        this.outsideMeetings = outsideMeetings;
    }

    /**
     * The register as it stood at an instant: every decision recorded by then, as then corrected; and every decision
     * taken outside a meeting by then, as it then stood (its notice, call-in or reconsideration only once recorded),
     * unless a committee's register is asked for. Filtered like the live register, newest meetings first.
     */
    @GetMapping(value = "/api/decisions", params = "asOf")
    @AnswersRows(value = DecisionRow.class, shape = AnswersRows.Shape.PAGE)
    Paging.Page<DecisionRow> registerAsOf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                          @RequestParam(required = false) String committeeId,
                                          @RequestParam(required = false) String q,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int limit) {
        Paging paging = new Paging(page, limit);
        Stream<DecisionRow> outside = committeeId != null ? Stream.empty()
                : outsideMeetings.takenAsOf(asOf).stream();
        List<DecisionRow> stood = Stream.concat(visible.allAsOf(asOf, committeeId).stream()
                        .flatMap(record -> register.rowsOf(record).stream()), outside)
                .filter(decision -> q == null || decision.text() != null && decision.text()
                        .toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .sorted(NEWEST_FIRST)
                .toList();
        return paging.of(stood);
    }

    @GetMapping("/api/decisions")
    @AnswersRows(value = DecisionRow.class, shape = AnswersRows.Shape.PAGE)
    ResponseEntity<RenderedAnswer> register(@RequestParam(required = false) String committeeId,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                            @RequestParam(required = false) String q,
                                            @RequestParam(required = false) Outcome outcome,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "50") int limit) {
        return decisions.registerAnswer(committeeId, from, to, q, outcome, new Paging(page, limit)).response();
    }

    /** None while nothing of the meeting is projected. */
    @GetMapping("/api/meetings/{meetingId}/decisions")
    @AnswersRows(value = DecisionRow.class, shape = AnswersRows.Shape.LIST)
    ResponseEntity<RenderedAnswer> ofMeeting(@PathVariable String meetingId,
                                             @RequestParam(required = false) Long minVersion,
                                             @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                             String ifNoneMatch) {
        return records.answer(meetingId, DecisionsRegister.NAME, minVersion, DecisionsRegister.NAME, ifNoneMatch)
                .map(RenderedAnswer::response).orElseGet(() -> ResponseEntity.ok(RenderedAnswer.none()));
    }
}
