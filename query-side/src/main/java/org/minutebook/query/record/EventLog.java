package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query side's one copy of each meeting event ({@link EventCopies}), kept so a record can be folded again from
 * its first event (after a correction, or as it stood at an instant). The copies are kept {@value #CHUNK} events to a
 * document ({@value #CHUNKS}, keyed {@code meetingId/chunk}), so a rebuild writes a meeting's events as one or two
 * documents rather than one each; a copy is set in its chunk by its sequence number, so keeping it again changes
 * nothing. A copy over {@value #LARGE} bytes (a minute of a megabyte) is kept in a document of its own
 * ({@value #LARGE_COPIES}) and its chunk only says so: a chunk then never approaches MongoDB's 16 MB.
 */
final class EventLog {

    static final String CHUNKS = "meeting_event_chunks";
    static final String LARGE_COPIES = "meeting_events_large";
    static final int CHUNK = 128;
    static final int LARGE = 32 * 1024;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> large;
    private final EventCopies copies;

    EventLog(MongoDatabase readModels, EventCopies copies) {
        this.chunks = readModels.getCollection(CHUNKS);
        this.large = readModels.getCollection(LARGE_COPIES);
        this.copies = copies;
    }

    /** Keeps a copy of each event, in bulk: one update a chunk, a document each for the large ones. */
    void keep(Map<String, List<RecordedEvent>> eventsByMeeting) {
        List<WriteModel<Document>> chunkWrites = new ArrayList<>();
        List<WriteModel<Document>> largeWrites = new ArrayList<>();
        eventsByMeeting.forEach((meetingId, events) -> {
            Map<Long, List<Bson>> byChunk = new LinkedHashMap<>();
            for (RecordedEvent event : events) {
                Document copy = copies.copyOf(meetingId, event);
                Document entry = copy;
                if (copy.getString("data").length() > LARGE) {
                    largeWrites.add(new ReplaceOneModel<>(Filters.eq("_id", copy.get("_id")), copy, UPSERT));
                    entry = new Document("sequenceNumber", event.sequenceNumber()).append("large", true);
                } else {
                    entry.remove("_id");
                    entry.remove("meetingId");
                }
                byChunk.computeIfAbsent(event.sequenceNumber() / CHUNK, chunk -> new ArrayList<>())
                        .add(Updates.set("events.s" + event.sequenceNumber(), entry));
            }
            byChunk.forEach((chunk, sets) -> {
                sets.add(Updates.set("meetingId", meetingId));
                chunkWrites.add(new UpdateOneModel<>(Filters.eq("_id", chunkId(meetingId, chunk)),
                        Updates.combine(sets), new UpdateOptions().upsert(true)));
            });
        });
        // the large copies first: a chunk never says a copy is elsewhere before it is
        if (!largeWrites.isEmpty()) {
            large.bulkWrite(largeWrites, UNORDERED);
        }
        if (!chunkWrites.isEmpty()) {
            chunks.bulkWrite(chunkWrites, UNORDERED);
        }
    }

    /** The meeting's events from its first up to the given sequence number, in order. */
    List<RecordedEvent> events(String meetingId, long upTo) {
        List<String> ids = new ArrayList<>();
        for (long chunk = 0; chunk <= upTo / CHUNK; chunk++) {
            ids.add(chunkId(meetingId, chunk));
        }
        TreeMap<Long, RecordedEvent> events = new TreeMap<>();
        List<String> largeKeys = new ArrayList<>();
        chunks.find(Filters.in("_id", ids)).forEach(chunk -> chunk.get("events", Document.class).values()
                .forEach(value -> {
                    Document entry = (Document) value;
                    long sequenceNumber = ((Number) entry.get("sequenceNumber")).longValue();
                    if (sequenceNumber > upTo) {
                        return;
                    }
                    if (entry.getBoolean("large", false)) {
                        largeKeys.add(Keys.of(meetingId, sequenceNumber));
                    } else {
                        events.put(sequenceNumber, copies.read(entry));
                    }
                }));
        if (!largeKeys.isEmpty()) {
            large.find(Filters.in("_id", largeKeys)).forEach(copy -> {
                RecordedEvent event = copies.read(copy);
                events.put(event.sequenceNumber(), event);
            });
        }
        return new ArrayList<>(events.values());
    }

    void drop() {
        chunks.drop();
        large.drop();
    }

    private static String chunkId(String meetingId, long chunk) {
        return meetingId + "/" + String.format("%012d", chunk);
    }
}
