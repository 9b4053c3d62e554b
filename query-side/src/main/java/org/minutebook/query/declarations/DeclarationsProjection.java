package org.minutebook.query.declarations;

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
import java.util.Set;

/**
 * Owns {@code declarations}: the register of interests and party-whip declarations, and the meetings at which
 * none were made.
 */
@Component
@ProcessingGroup(DeclarationsProjection.NAME)
class DeclarationsProjection extends MeetingProjection {

    static final String NAME = "declarations";
    private static final Set<String> KINDS = Set.of("interest", "no-interests", "party-whip", "no-party-whip");

    DeclarationsProjection(Projections projections) {
        super(NAME, projections);
    }

    @Override
    protected List<Bson> indexes() {
        return List.of(Indexes.ascending("member.id", "meetingDate"),
                Indexes.ascending("committeeId", "meetingDate"),
                Indexes.ascending("meetingDate"));
    }

    @Override
    protected List<Document> project(MeetingRecord record) {
        List<Document> rows = new ArrayList<>();
        record.generalDeclarations().forEach(fact -> rows.add(row(record, null, fact)));
        record.items().forEach(item -> item.business().stream()
                .filter(fact -> KINDS.contains(fact.get("fact")))
                .forEach(fact -> rows.add(row(record, item.itemId(), fact))));
        return rows;
    }

    private Document row(MeetingRecord record, String itemId, Map<String, Object> fact) {
        Document row = context(record, itemId, ((Number) fact.get("sequenceNumber")).longValue());
        fact.forEach((field, value) -> {
            if (!field.equals("sequenceNumber") && !field.equals("fact")) {
                row.append(field, value);
            }
        });
        return row.append("kind", fact.get("fact"));
    }
}
