package org.minutebook.query.actions;

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
 * Owns {@code actions}: what decisions asked for — further reports, referrals to other bodies, other actions —
 * open or done, with the date each falls due.
 */
@Component
@ProcessingGroup(ActionsProjection.NAME)
class ActionsProjection extends MeetingProjection {

    static final String NAME = "actions";
    private static final Map<String, String> KINDS = Map.of(
            "further-report", "FURTHER_REPORT", "referral", "REFERRAL", "action", "ACTION");

    ActionsProjection(Projections projections) {
        super(NAME, projections);
    }

    @Override
    protected List<Bson> indexes() {
        return List.of(Indexes.ascending("status", "dueDate"),
                Indexes.ascending("committeeId", "meetingDate"));
    }

    @Override
    protected List<Document> project(MeetingRecord record) {
        List<Document> actions = new ArrayList<>();
        record.items().forEach(item -> item.business().stream()
                .filter(fact -> KINDS.containsKey(fact.get("fact")))
                .forEach(fact -> {
                    Document action = context(record, item.itemId(), ((Number) fact.get("sequenceNumber")).longValue());
                    action.put("_id", record.meetingId() + ":" + fact.get("actionId"));
                    action.append("kind", KINDS.get(fact.get("fact")))
                            .append("actionId", fact.get("actionId"))
                            .append("resolutionId", fact.get("resolutionId"))
                            .append("description", fact.getOrDefault("description", fact.get("subject")))
                            .append("toBody", fact.get("toBody"))
                            .append("owner", fact.get("owner"))
                            .append("dueDate", fact.getOrDefault("dueMeetingDate", fact.get("dueBy")))
                            .append("status", fact.get("completedOn") == null ? "OPEN" : "DONE")
                            .append("completedOn", fact.get("completedOn"))
                            .append("completionNote", fact.get("completionNote"));
                    actions.add(action);
                }));
        return actions;
    }
}
