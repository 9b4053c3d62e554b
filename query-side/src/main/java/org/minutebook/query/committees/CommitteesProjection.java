package org.minutebook.query.committees;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.committees.MembershipEnded;
import org.minutebook.query.platform.RebuildableReadModel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Owns {@code committees}: each committee with its names over time and its members' roles and periods. A
 * document remembers the last event it holds, so an event delivered again changes nothing.
 */
@Component
@ProcessingGroup(CommitteesProjection.NAME)
class CommitteesProjection implements RebuildableReadModel {

    static final String NAME = "committees";

    private final MongoCollection<Document> committees;

    CommitteesProjection(MongoDatabase readModels) {
        this.committees = readModels.getCollection(NAME);
    }

    @Override
    public void drop() {
        committees.drop();
    }

    @EventHandler
    void on(CommitteeRegistered event, @SequenceNumber long sequenceNumber) {
        change(event, sequenceNumber, committee -> committee
                .append("name", event.name())
                .append("council", event.council())
                .append("kind", event.kind().name())
                .append("names", new ArrayList<>(List.of(new Document("name", event.name()).append("from", null))))
                .append("members", new ArrayList<Document>()));
    }

    @EventHandler
    void on(CommitteeRenamed event, @SequenceNumber long sequenceNumber) {
        change(event, sequenceNumber, committee -> {
            List<Document> names = committee.getList("names", Document.class);
            names.get(names.size() - 1).append("until", event.effectiveFrom().minusDays(1).toString());
            names.add(new Document("name", event.name()).append("from", event.effectiveFrom().toString()));
            committee.append("name", event.name());
        });
    }

    @EventHandler
    void on(MemberAppointed event, @SequenceNumber long sequenceNumber) {
        change(event, sequenceNumber, committee -> committee.getList("members", Document.class).add(new Document()
                .append("member", new Document("id", event.member().id()).append("name", event.member().name()))
                .append("role", event.role().name())
                .append("from", event.from().toString())
                .append("until", null)));
    }

    @EventHandler
    void on(MembershipEnded event, @SequenceNumber long sequenceNumber) {
        change(event, sequenceNumber, committee -> committee.getList("members", Document.class).stream()
                .filter(member -> event.memberId().equals(member.get("member", Document.class).getString("id"))
                        && member.get("until") == null)
                .forEach(member -> member.put("until", event.on().toString())));
    }

    private void change(CommitteeEvent event, long sequenceNumber, Consumer<Document> change) {
        Document committee = committees.find(Filters.eq("_id", event.committeeId())).first();
        if (committee == null) {
            committee = new Document("_id", event.committeeId()).append("committeeId", event.committeeId())
                    .append("version", -1L);
        }
        if (((Number) committee.get("version")).longValue() >= sequenceNumber) {
            return;
        }
        change.accept(committee);
        committee.put("version", sequenceNumber);
        committees.replaceOne(Filters.eq("_id", event.committeeId()), committee, new ReplaceOptions().upsert(true));
    }
}
