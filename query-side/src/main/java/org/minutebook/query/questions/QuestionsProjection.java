package org.minutebook.query.questions;

import com.mongodb.client.model.Indexes;
import org.axonframework.config.ProcessingGroup;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.minutebook.query.record.MeetingProjection;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.Projections;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Owns {@code questions}: public and member questions with their answers, supplementary questions, and written
 * replies promised (outstanding until recorded as sent).
 */
@Component
@ProcessingGroup(QuestionsProjection.NAME)
class QuestionsProjection extends MeetingProjection {

    static final String NAME = "questions";

    QuestionsProjection(Projections projections) {
        super(NAME, projections);
    }

    @Override
    protected List<Bson> indexes() {
        return List.of(Indexes.ascending("outstandingReply", "meetingDate"),
                Indexes.ascending("committeeId", "meetingDate"));
    }

    @Override
    protected List<Document> project(MeetingRecord record) {
        List<Document> questions = new ArrayList<>();
        record.items().forEach(item -> item.business().stream()
                .filter(fact -> "question".equals(fact.get("fact")))
                .forEach(fact -> {
                    Document question = context(record, item.itemId(),
                            ((Number) fact.get("sequenceNumber")).longValue());
                    question.put("_id", record.meetingId() + ":" + fact.get("questionId"));
                    fact.forEach((field, value) -> {
                        if (!field.equals("fact") && !field.equals("sequenceNumber")) {
                            question.append(field, value);
                        }
                    });
                    question.append("outstandingReply", outstanding(fact.get("writtenReply"))
                            || outstanding(fact.get("supplementaryWrittenReply")));
                    questions.add(question);
                }));
        return questions;
    }

    private static boolean outstanding(Object promise) {
        return promise instanceof Map<?, ?> promised && promised.get("sentOn") == null;
    }
}
