package org.minutebook.query.questions;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.query.platform.AnswersRows;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.RegisterRows;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;


/** Public and member questions with their answers; written replies still outstanding. */
@RestController
class QuestionsController {

    private final MongoCollection<Document> questions;
    private final QuestionsRegister register;
    private final RegisterRows rows;

    QuestionsController(QuestionsRegister register, RegisterRows rows) {
        this.register = register;
        this.rows = rows;
        this.questions = rows.collection(register);
    }

    @GetMapping("/api/questions")
    @AnswersRows(QuestionRow.class)
    Paging.Page questions(@RequestParam(required = false) String committeeId,
                          @RequestParam(required = false) QuestionKind kind,
                          @RequestParam(required = false) Boolean outstandingReply,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int limit) {
        return new Paging(page, limit).apply(questions.find(Criteria.where().visibleToCaller()
                        .eq("committeeId", committeeId).eq("kind", kind == null ? null : kind.name()).eq("outstandingReply", outstandingReply)
                        .period("meetingDate", from, to).build())
                .sort(Sorts.orderBy(Sorts.descending("meetingDate"), Sorts.ascending("meetingId", "order"))));
    }

    /** Written replies promised at meetings and not yet recorded as sent, oldest first. */
    @GetMapping("/api/questions/outstanding-replies")
    @AnswersRows(QuestionRow.class)
    Paging.Page outstandingReplies(@RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int limit) {
        return new Paging(page, limit).apply(questions.find(Criteria.where().visibleToCaller().eq("outstandingReply", true).build())
                .sort(Sorts.ascending("meetingDate", "meetingId", "order")));
    }

    @GetMapping("/api/meetings/{meetingId}/questions")
    @AnswersRows(QuestionRow.class)
    List<Document> ofMeeting(@PathVariable String meetingId, @RequestParam(required = false) Long minVersion) {
        return rows.of(register, meetingId, minVersion);
    }
}
