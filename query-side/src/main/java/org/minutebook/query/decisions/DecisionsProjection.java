package org.minutebook.query.decisions;

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
import java.util.stream.Collectors;

/**
 * Owns {@code decisions}, the decision register: every resolution (and lost motion) with its parts, its item,
 * meeting and committee, and the vote where one was recorded.
 */
@Component
@ProcessingGroup(DecisionsProjection.NAME)
class DecisionsProjection extends MeetingProjection {

    static final String NAME = "decisions";

    DecisionsProjection(Projections projections) {
        super(NAME, projections);
    }

    @Override
    protected List<Bson> indexes() {
        return List.of(Indexes.ascending("committeeId", "meetingDate"),
                Indexes.ascending("meetingDate"));
    }

    @Override
    protected List<Document> project(MeetingRecord record) {
        List<Document> decisions = new ArrayList<>();
        record.items().forEach(item -> item.business().stream()
                .filter(fact -> "resolution".equals(fact.get("fact")) || "lost-motion".equals(fact.get("fact")))
                .forEach(fact -> decisions.add(decision(record, item, fact))));
        return decisions;
    }

    private Document decision(MeetingRecord record, MeetingRecord.Item item, Map<String, Object> fact) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) fact.get("parts");
        Document decision = context(record, item.itemId(), ((Number) fact.get("sequenceNumber")).longValue());
        decision.put("_id", record.meetingId() + ":" + fact.get("resolutionId"));
        decision.append("resolutionId", fact.get("resolutionId"))
                .append("outcome", "resolution".equals(fact.get("fact")) ? "CARRIED" : "LOST")
                .append("form", fact.get("form"))
                .append("preamble", fact.get("preamble"))
                .append("parts", parts)
                .append("text", parts.stream().map(part -> String.valueOf(part.get("text")))
                        .collect(Collectors.joining(" ")))
                .append("movedBy", fact.get("movedBy"))
                .append("secondedBy", fact.get("secondedBy"))
                .append("vote", fact.get("vote"))
                .append("corrected", Boolean.TRUE.equals(fact.get("corrected")));
        return decision;
    }
}
