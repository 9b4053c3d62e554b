package org.minutebook.query.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.minutebook.events.MeetingEvent;
import org.minutebook.query.platform.ProjectionVersions;
import org.minutebook.query.platform.RebuildableReadModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A projection that owns one meeting read model. It keeps its own copy of each meeting's events (so it can be
 * dropped and rebuilt alone), folds them into the {@link MeetingRecord} with corrections applied, and replaces
 * the meeting's documents with what {@link #project} makes of the record. Every step is keyed and idempotent, so
 * an event delivered again changes nothing.
 */
public abstract class MeetingProjection implements RebuildableReadModel {

    private final String name;
    private final MongoCollection<Document> events;
    private final MongoCollection<Document> documents;
    private final RecordFold fold;
    private final ObjectMapper json;
    private final ProjectionVersions versions;
    private final EventCopies copies;

    protected MeetingProjection(String name, Projections projections) {
        this.name = name;
        this.events = projections.readModels().getCollection(name + "_events");
        this.documents = projections.readModels().getCollection(name);
        this.fold = projections.fold();
        this.json = projections.json();
        this.versions = projections.versions();
        this.copies = projections.copies();
        createIndexes();
    }

    /** A rebuild starts from nothing: this read model, its copy of the events and its versions are dropped. */
    @Override
    public void drop() {
        documents.drop();
        events.drop();
        versions.forget(name);
        createIndexes();
    }

    private void createIndexes() {
        events.createIndex(Indexes.ascending("meetingId", "sequenceNumber"));
        documents.createIndex(Indexes.ascending("meetingId"));
        indexes().forEach(keys -> documents.createIndex(keys, new IndexOptions().background(true)));
    }

    /** The indexes this read model's queries need; created at start and after every rebuild. */
    protected List<Bson> indexes() {
        return List.of();
    }

    @EventHandler
    void on(MeetingEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant recordedAt) {
        String meetingId = event.meetingId();
        events.replaceOne(Filters.eq("_id", meetingId + ":" + sequenceNumber), new Document()
                        .append("meetingId", meetingId)
                        .append("sequenceNumber", sequenceNumber)
                        .append("recordedAt", java.util.Date.from(recordedAt))
                        .append("type", event.getClass().getName())
                        .append("version", EventCopies.versionOf(event.getClass()))
                        .append("data", write(event)),
                new ReplaceOptions().upsert(true));
        meetingsToReproject().add(meetingId);
    }

    /**
     * The meetings whose events this batch has stored. Each is folded and projected once, just before the batch
     * (and with it the processor's position) commits, however many of its events the batch held.
     */
    private Set<String> meetingsToReproject() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new ReprojectNow();
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        return batch.getOrComputeResource(name + ".meetingsToReproject", key -> {
            Set<String> meetings = new LinkedHashSet<>();
            batch.onPrepareCommit(unitOfWork -> meetings.forEach(this::reproject));
            return meetings;
        });
    }

    private void reproject(String meetingId) {
        MeetingRecord record = fold.fold(eventsOf(meetingId));
        replaceDocuments(meetingId, project(record));
        versions.reached(name, meetingId, record.version());
    }

    /** Outside a unit of work there is no batch to wait for: a meeting is projected as soon as it is added. */
    private final class ReprojectNow extends LinkedHashSet<String> {

        @Override
        public boolean add(String meetingId) {
            reproject(meetingId);
            return true;
        }
    }

    /**
     * The meeting's documents as they stood at an instant: only the events recorded by then, corrections made by
     * then applied. Empty when nothing of the meeting was recorded by then.
     */
    public List<Document> asOf(String meetingId, Instant asOf) {
        List<RecordedEvent> recorded = eventsOf(meetingId).stream()
                .filter(event -> !event.recordedAt().isAfter(asOf))
                .toList();
        if (recorded.isEmpty()) {
            return List.of();
        }
        List<Document> documents = project(fold.fold(recorded));
        documents.forEach(document -> {
            document.remove("_id");
            document.put("meetingId", meetingId);
        });
        return documents;
    }

    /** Every meeting's documents as they stood at an instant. */
    public List<Document> allAsOf(Instant asOf) {
        List<Document> all = new ArrayList<>();
        for (String meetingId : events.distinct("meetingId", String.class)) {
            all.addAll(asOf(meetingId, asOf));
        }
        return all;
    }

    /** The read model's documents for one meeting; each needs an {@code _id} unique in the collection. */
    protected abstract List<Document> project(MeetingRecord record);

    /** Where a fact sits: its meeting, committee, date and agenda item; every register row carries it. */
    protected Document context(MeetingRecord record, String itemId, long sequenceNumber) {
        Document context = new Document("_id", record.meetingId() + ":" + sequenceNumber)
                .append("committeeId", record.committeeId())
                .append("meetingTitle", record.title())
                .append("meetingDate", record.date().toString());
        MeetingRecord.Item item = itemId == null ? null : record.item(itemId);
        if (item != null) {
            context.append("itemId", itemId).append("itemNumber", item.number()).append("itemTitle", item.title())
                    .append("exempt", item.exempt());
        }
        return context;
    }

    /** The record as plain document data: what JSON clients and templates read. */
    protected Document asDocument(Object value) {
        return Document.parse(write(value));
    }

    private void replaceDocuments(String meetingId, List<Document> projected) {
        List<Object> ids = new ArrayList<>();
        for (Document document : projected) {
            document.put("meetingId", meetingId);
            documents.replaceOne(Filters.eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
            ids.add(document.get("_id"));
        }
        documents.deleteMany(Filters.and(Filters.eq("meetingId", meetingId), Filters.nin("_id", ids)));
    }

    private List<RecordedEvent> eventsOf(String meetingId) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (Document stored : events.find(Filters.eq("meetingId", meetingId)).sort(Sorts.ascending("sequenceNumber"))) {
            recorded.add(new RecordedEvent(((Number) stored.get("sequenceNumber")).longValue(),
                    stored.getDate("recordedAt").toInstant(), read(stored)));
        }
        return recorded;
    }

    private Object read(Document stored) {
        try {
            return copies.read(stored.getString("type"), stored.getInteger("version"), stored.getString("data"));
        } catch (JsonProcessingException | ClassNotFoundException e) {
            throw new IllegalStateException("Unreadable stored event " + stored.get("_id") + " in " + name, e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
