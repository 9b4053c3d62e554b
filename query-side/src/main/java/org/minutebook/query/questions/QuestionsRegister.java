package org.minutebook.query.questions;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.Keys;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Register;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code questions}: public and member questions with their replies, in the order they were put. */
@Component
class QuestionsRegister extends Register<QuestionRow> {

    static final String NAME = "questions";

    QuestionsRegister() {
        super(NAME, QuestionRow.class);
    }

    @Override
    public List<QuestionRow> rowsOf(MeetingRecord record) {
        return numbered(minuted(record, Fact.Question.class), (minuted, order) -> {
            Fact.Question question = minuted.fact();
            return new QuestionRow(Keys.of(record.meetingId(), question.sequenceNumber()), minuted.where(record, order),
                    question.questionId(), question.kind(), question.askedBy(), question.askedOf(), question.text(),
                    question.standingOrder(), question.atChairsDiscretion(), question.replies(),
                    question.replies().outstanding(), question.corrected());
        });
    }

    @Override
    public List<String> searchedBy() {
        return List.of("committeeId", "kind", "outstandingReply", "meetingDate", "exempt");
    }

    @Override
    public List<Bson> indexes() {
        return List.of(Indexes.ascending("outstandingReply", "meetingDate"),
                Indexes.ascending("committeeId", "meetingDate"));
    }
}
