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
import org.bson.types.Binary;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query side's one copy of each meeting event ({@link EventCopies}), kept so a record can be folded again from
 * its first event (after a correction, or as it stood at an instant). The copies are kept {@value #CHUNK} events to a
 * document ({@value #CHUNKS}, keyed {@code meetingId/chunk}), so a rebuild writes a meeting's events as one or two
 * documents rather than one each; a copy is set in its chunk by its sequence number, so keeping it again changes
 * nothing. The JSON of a copy over {@value #LARGE} bytes (a minute of a megabyte) is kept in documents of its
 * own ({@value #LARGE_COPIES}, parts of at most {@value #PART} bytes, however large the topic lets an event be),
 * written before the chunk that says so: no document then approaches MongoDB's 16 MB.
 */
final class EventLog {

    static final String CHUNKS = "meeting_event_chunks";
    static final String LARGE_COPIES = "meeting_events_large";
    static final int CHUNK = 128;
    static final int LARGE = 32 * 1024;
    static final int PART = 4 * 1024 * 1024;
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
                Document entry = copies.copyOf(meetingId, event);
                String key = (String) entry.remove("_id");
                entry.remove("meetingId");
                byte[] bytes = entry.get("data", Binary.class).getData();
                if (bytes.length > LARGE) {
                    int parts = 0;
                    for (int from = 0; from < bytes.length; from += PART, parts++) {
                        String id = key + "/" + parts;
                        largeWrites.add(new ReplaceOneModel<>(Filters.eq("_id", id), new Document("_id", id)
                                .append("meetingId", meetingId).append("bytes", new Binary(Arrays.copyOfRange(bytes,
                                        from, Math.min(bytes.length, from + PART)))), UPSERT));
                    }
                    entry.remove("data");
                    entry.append("parts", parts);
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
        // the large copies' parts first: a chunk never names a part before it is written
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
        TreeMap<Long, Document> entries = new TreeMap<>();
        List<String> partIds = new ArrayList<>();
        chunks.find(Filters.in("_id", ids)).forEach(chunk -> chunk.get("events", Document.class).values()
                .forEach(value -> {
                    Document entry = (Document) value;
                    long sequenceNumber = ((Number) entry.get("sequenceNumber")).longValue();
                    if (sequenceNumber <= upTo) {
                        entries.put(sequenceNumber, entry);
                        for (int part = 0; part < entry.getInteger("parts", 0); part++) {
                            partIds.add(Keys.of(meetingId, sequenceNumber) + "/" + part);
                        }
                    }
                }));
        Map<String, byte[]> parts = new HashMap<>();
        if (!partIds.isEmpty()) {
            large.find(Filters.in("_id", partIds)).forEach(part -> parts.put(part.getString("_id"),
                    part.get("bytes", Binary.class).getData()));
        }
        List<RecordedEvent> events = new ArrayList<>();
        entries.forEach((sequenceNumber, entry) -> {
            if (entry.containsKey("parts")) {
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (int part = 0; part < entry.getInteger("parts"); part++) {
                    byte[] bytes = parts.get(Keys.of(meetingId, sequenceNumber) + "/" + part);
                    if (bytes == null) {
                        throw new IllegalStateException("A part of the copy of event " + sequenceNumber
                                + " of meeting " + meetingId + " is missing");
                    }
                    data.writeBytes(bytes);
                }
                entry = new Document(entry).append("data", new Binary(data.toByteArray()));
            }
            events.add(copies.read(entry));
        });
        return events;
    }

    void drop() {
        chunks.drop();
        large.drop();
    }

    private static String chunkId(String meetingId, long chunk) {
        return meetingId + "/" + String.format("%012d", chunk);
    }
}
