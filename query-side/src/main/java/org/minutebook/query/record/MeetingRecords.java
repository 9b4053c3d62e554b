package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.ReadModelBehind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * Where the query side keeps each meeting: one copy of each of its events ({@value #COPIES}, keyed
 * {@code meetingId:sequenceNumber}) and its folded record ({@value #RECORDS}, keyed by meeting id, with the
 * version it holds). Everything here is read by {@code _id}, so it needs no other index on any MongoDB.
 */
@Component
public class MeetingRecords {

    static final String COPIES = "meeting_events";
    static final String RECORDS = "meeting_records";
    static final String VERSIONS = "meeting_versions";
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> copies;
    private final MongoCollection<Document> records;
    private final MongoCollection<Document> versions;
    private final RecordJson json;
    private final EventCopies eventCopies;
    private final RecordFold fold;
    private final Duration patience;

    MeetingRecords(MongoDatabase readModels, RecordJson json, ObjectProvider<EventUpcaster> upcasters,
                   @Value("${minutebook.read-your-writes.timeout:5s}") Duration patience) {
        this.copies = readModels.getCollection(COPIES);
        this.records = readModels.getCollection(RECORDS);
        this.versions = readModels.getCollection(VERSIONS);
        this.json = json;
        this.eventCopies = new EventCopies(json.mapper(), upcasters.orderedStream().toList());
        this.fold = new RecordFold(json.mapper());
        this.patience = patience;
    }

    RecordFold fold() {
        return fold;
    }

    /** The meeting's record as it stands, if anything of it is projected. */
    public Optional<MeetingRecord> find(String meetingId) {
        return Optional.ofNullable(records.find(Filters.eq("_id", meetingId)).first())
                .map(stored -> json.read(stored, MeetingRecord.class));
    }

    /**
     * The record once it holds at least {@code minVersion} (a version a clerk has just written); waits a bounded
     * time, then says plainly that the read model is behind. Without a version, the record as it stands.
     */
    public Optional<MeetingRecord> find(String meetingId, Long minVersion, String readModel) {
        Optional<MeetingRecord> found = find(meetingId);
        if (minVersion == null) {
            return found;
        }
        Instant deadline = Instant.now().plus(patience);
        while (version(found) < minVersion && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = find(meetingId);
        }
        if (version(found) < minVersion) {
            throw new ReadModelBehind(readModel, meetingId, version(found), minVersion);
        }
        return found;
    }

    /** The record as it stood at an instant: only what was recorded by then, as corrected by then. */
    public Optional<MeetingRecord> asOf(String meetingId, Instant asOf) {
        return find(meetingId).flatMap(current -> {
            List<RecordedEvent> recorded = events(meetingId, current.version()).stream()
                    .filter(event -> !event.recordedAt().isAfter(asOf))
                    .toList();
            return recorded.isEmpty() ? Optional.empty() : Optional.of(fold.fold(meetingId, recorded));
        });
    }

    /**
     * The record as it stood when a later meeting confirmed its minutes: what was recorded up to the confirmation,
     * without the corrections noted since. Empty while the minutes are not confirmed.
     */
    public Optional<MeetingRecord> asConfirmed(String meetingId) {
        return find(meetingId).flatMap(MeetingRecord::minutesConfirmation)
                .map(confirmation -> fold.fold(meetingId, events(meetingId, confirmation.sequenceNumber())));
    }

    /** Every meeting (of the committee, when one is given) as it stood at an instant; an audit query. */
    public List<MeetingRecord> allAsOf(Instant asOf, String committeeId) {
        List<MeetingRecord> stood = new ArrayList<>();
        for (Document meeting : records.find(Criteria.where().eq("committeeId", committeeId).build())
                .projection(Projections.include("_id"))) {
            asOf(meeting.getString("_id"), asOf).ifPresent(stood::add);
        }
        return stood;
    }

    /** The meeting's events from its first up to the given sequence number, in order, read by their keys. */
    List<RecordedEvent> events(String meetingId, long upTo) {
        List<String> keys = LongStream.rangeClosed(0, upTo).mapToObj(sequence -> Keys.of(meetingId, sequence))
                .toList();
        List<RecordedEvent> events = new ArrayList<>();
        copies.find(Filters.in("_id", keys)).forEach(copy -> events.add(eventCopies.read(copy)));
        events.sort((one, other) -> Long.compare(one.sequenceNumber(), other.sequenceNumber()));
        return events;
    }

    /** Keeps a copy of each event, in one bulk write; keeping one again changes nothing. */
    void keep(String meetingId, List<RecordedEvent> events) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (RecordedEvent event : events) {
            Document copy = eventCopies.copyOf(meetingId, event);
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", copy.get("_id")), copy, UPSERT));
        }
        if (!writes.isEmpty()) {
            copies.bulkWrite(writes, UNORDERED);
        }
    }

    /** Stores the records, then the versions they are at (so a version never runs ahead of its record). */
    void save(List<MeetingRecord> changed) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<WriteModel<Document>> versionWrites = new ArrayList<>();
        for (MeetingRecord record : changed) {
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", record.meetingId()),
                    json.document(record).append("_id", record.meetingId()), UPSERT));
            versionWrites.add(new ReplaceOneModel<>(Filters.eq("_id", record.meetingId()),
                    new Document("_id", record.meetingId()).append("version", record.version()), UPSERT));
        }
        if (!writes.isEmpty()) {
            records.bulkWrite(writes, UNORDERED);
            versions.bulkWrite(versionWrites, UNORDERED);
        }
    }

    /**
     * The version the stored record is at, read from a document of two fields: far cheaper than the record for a
     * server that reads a whole document to answer (the MongoDB-wire server does). -1 when nothing is stored.
     */
    long storedVersion(String meetingId) {
        Document stored = versions.find(Filters.eq("_id", meetingId)).first();
        return stored == null ? -1 : ((Number) stored.get("version")).longValue();
    }

    void drop() {
        copies.drop();
        records.drop();
        versions.drop();
    }

    private static long version(Optional<MeetingRecord> record) {
        return record.map(MeetingRecord::version).orElse(-1L);
    }
}
