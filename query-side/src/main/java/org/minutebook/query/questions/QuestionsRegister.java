package org.minutebook.query.questions;

import com.mongodb.client.model.Indexes;
import org.bson.conversions.Bson;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.Keys;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Register;
import org.minutebook.query.record.Where;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** {@code questions}: public and member questions with their replies, in the order they were put. */
@Component
class QuestionsRegister implements Register<QuestionRow> {

    static final String NAME = "questions";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<QuestionRow> rowsOf(MeetingRecord record) {
        List<QuestionRow> rows = new ArrayList<>();
        for (AgendaItem item : record.items()) {
            for (Fact fact : item.business()) {
                if (fact instanceof Fact.Question question) {
                    rows.add(new QuestionRow(Keys.of(record.meetingId(), question.sequenceNumber()),
                            Where.in(record, item, rows.size()), question.questionId(), question.kind(),
                            question.askedBy(), question.askedOf(), question.text(), question.standingOrder(),
                            question.atChairsDiscretion(), question.replies(), question.replies().outstanding(),
                            question.corrected()));
                }
            }
        }
        return rows;
    }

    @Override
    public List<Bson> indexes() {
        return List.of(Indexes.ascending("outstandingReply", "meetingDate"),
                Indexes.ascending("committeeId", "meetingDate"));
    }
}
