package org.minutebook.query.executive;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.query.decisions.DecisionRow;
import org.minutebook.query.decisions.OutsideMeetings;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.Readers;
import org.minutebook.query.record.RecordJson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decisions outside meetings and the forward plan: one document a decision ({@code executive_decisions}), read by
 * its id, or by council for the forward plan; for the API and the public pages alike.
 */
@Component
public class ExecutiveDecisions implements OutsideMeetings {

    static final String NAME = "executive_decisions";

    /** The forward plan: planned dates first, in order; a decision planned with no date after them. */
    private static final Comparator<OutsideMeeting> BY_PLANNED_DATE = Comparator.comparing(
            (OutsideMeeting decision) -> decision.forwardPlan().plannedFor(),
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(OutsideMeeting::decisionId);

    private final MongoCollection<Document> decisions;
    private final RecordJson json;

    ExecutiveDecisions(MongoDatabase readModels, RecordJson json) {
        this.decisions = readModels.getCollection(NAME);
        this.json = json;
        decisions.createIndex(Indexes.ascending("council"));
    }

    /** The decision as it stands, or as it stood at an instant; its exempt part only for those who read it. */
    public ExecutiveDecisionAnswer one(String decisionId, Instant asOf) {
        ExecutiveDecisionRecord record = find(decisionId).orElseThrow(() -> notFound(decisionId));
        OutsideMeeting decision = asOf == null ? record.decision() : record.asOf(asOf)
                .orElseThrow(() -> notFound(decisionId));
        return answer(record, decision, asOf);
    }

    /** The decision as it stands, if it is recorded (and projected); its exempt part only for those who read it. */
    public Optional<ExecutiveDecisionAnswer> standing(String decisionId) {
        return find(decisionId).map(record -> answer(record, record.decision(), null));
    }

    private static ExecutiveDecisionAnswer answer(ExecutiveDecisionRecord record, OutsideMeeting decision,
                                                  Instant asOf) {
        return ExecutiveDecisionAnswer.of(decision, Readers.readExemptBusiness() ? record.exemptPartAsOf(asOf) : null,
                record.version(), record.correctionsBy(asOf));
    }

    /** The council's forward plan: its key decisions, by the date planned; those taken too when asked. */
    public List<OutsideMeeting> forwardPlan(String council, boolean withTaken) {
        List<OutsideMeeting> plan = new ArrayList<>();
        decisions.find(Filters.eq("council", council)).forEach(stored -> {
            OutsideMeeting decision = read(stored).decision();
            if (decision.forwardPlan() != null && (withTaken || decision.taken() == null)) {
                plan.add(decision);
            }
        });
        plan.sort(BY_PLANNED_DATE);
        return plan;
    }

    /**
     * Each decision taken by the instant, as it then stood: read in full, as the meeting records are for the register
     * as it stood (one document a decision, its steps inside it).
     */
    @Override
    public List<DecisionRow> takenAsOf(Instant asOf) {
        List<DecisionRow> taken = new ArrayList<>();
        decisions.find().forEach(stored -> {
            ExecutiveDecisionRecord record = read(stored);
            record.asOf(asOf).filter(decision -> decision.taken() != null).ifPresent(decision -> taken.add(
                    DecisionRow.outside(decision, !record.correctionsBy(asOf).isEmpty())));
        });
        return taken;
    }

    Optional<ExecutiveDecisionRecord> find(String decisionId) {
        return Optional.ofNullable(decisions.find(Filters.eq("_id", decisionId)).first()).map(this::read);
    }

    void save(ExecutiveDecisionRecord record) {
        decisions.replaceOne(Filters.eq("_id", record.decisionId()), json.document(record)
                .append("_id", record.decisionId()), new ReplaceOptions().upsert(true));
    }

    void drop() {
        decisions.drop();
        decisions.createIndex(Indexes.ascending("council"));
    }

    private ExecutiveDecisionRecord read(Document stored) {
        return json.read(stored, ExecutiveDecisionRecord.class);
    }

    private static NotFound notFound(String decisionId) {
        return new NotFound("No decision " + decisionId + " outside a meeting is recorded (or it is not projected"
                + " yet)");
    }
}
