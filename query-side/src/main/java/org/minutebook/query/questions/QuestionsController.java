package org.minutebook.query.questions;

import org.minutebook.events.business.QuestionKind;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.RenderedAnswer;
import org.minutebook.query.record.Listings;
import org.minutebook.query.record.MeetingRecords;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Public and member questions with their answers; written replies still outstanding. */
@RestController
class QuestionsController {

    private final QuestionsRegister register;
    private final Listings listings;
    private final MeetingRecords records;

    QuestionsController(QuestionsRegister register, Listings listings, MeetingRecords records) {
        this.register = register;
        this.listings = listings;
        this.records = records;
    }

    @GetMapping("/api/questions")
    @AnswersRows(value = QuestionRow.class, shape = AnswersRows.Shape.PAGE)
    Paging.Page<QuestionRow> questions(@RequestParam(required = false) String committeeId,
                                       @RequestParam(required = false) QuestionKind kind,
                                       @RequestParam(required = false) Boolean outstandingReply,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int limit) {
        return listings.page(register, Criteria.where().visibleToCaller().eq("committeeId", committeeId)
                        .eq("kind", kind).eq("outstandingReply", outstandingReply).period("meetingDate", from, to),
                Listings.NEWEST_FIRST, new Paging(page, limit));
    }

    /** Written replies promised at meetings and not yet recorded as sent, oldest first. */
    @GetMapping("/api/questions/outstanding-replies")
    @AnswersRows(value = QuestionRow.class, shape = AnswersRows.Shape.PAGE)
    Paging.Page<QuestionRow> outstandingReplies(@RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "50") int limit) {
        return listings.page(register, Criteria.where().visibleToCaller().eq("outstandingReply", true),
                Listings.OLDEST_FIRST, new Paging(page, limit));
    }

    /** None while nothing of the meeting is projected. */
    @GetMapping("/api/meetings/{meetingId}/questions")
    @AnswersRows(value = QuestionRow.class, shape = AnswersRows.Shape.LIST)
    ResponseEntity<RenderedAnswer> ofMeeting(@PathVariable String meetingId,
                                             @RequestParam(required = false) Long minVersion,
                                             @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false)
                                             String ifNoneMatch) {
        return records.answer(meetingId, QuestionsRegister.NAME, minVersion, QuestionsRegister.NAME, ifNoneMatch)
                .map(RenderedAnswer::response).orElseGet(() -> ResponseEntity.ok(RenderedAnswer.none()));
    }
}
