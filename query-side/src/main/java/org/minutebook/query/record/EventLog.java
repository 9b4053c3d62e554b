package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query side's one copy of each meeting event ({@link EventCopies}), kept so a record can be folded again from
 * its first event (after a correction, or as it stood at an instant). The copies are kept {@value #CHUNK} events to
 * a document ({@value #CHUNKS}, keyed {@code meetingId/chunk}), so a rebuild writes a meeting's events as one or
 * two documents rather than one each; in it the copies are one binary value (for each: sequence number, instant
 * of recording, type, schema version, JSON), which the MongoDB-wire server stores far faster than as many
 * sub-documents, gzipped ({@link Gzipped}: the events' JSON repeats its field names copy after copy). A chunk is
 * read, given its new copies (by sequence number: a copy kept twice is kept once) and written again.
 * <p>
 * The JSON of a copy over {@value #LARGE} bytes (a minute of a megabyte) is kept in documents of its own
 * ({@value #LARGE_COPIES}, parts of at most {@value #PART} bytes, however large the topic lets an event be),
 * written before the chunk that says so: no document then approaches MongoDB's 16 MB.
 */
final class EventLog {

    static final String CHUNKS = "meeting_event_chunks";
    static final String LARGE_COPIES = "meeting_events_large";
    static final int CHUNK = 128;
    static final int LARGE = 32 * 1024;
    static final int PART = 4 * 1024 * 1024;

    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> large;
    private final EventCopies copies;

    EventLog(MongoDatabase readModels, EventCopies copies) {
        this.chunks = readModels.getCollection(CHUNKS);
        this.large = readModels.getCollection(LARGE_COPIES);
        this.copies = copies;
    }

    /** A copy as a chunk holds it: its JSON, or (when large) the number of parts it is kept in elsewhere. */
    private record Copy(long sequenceNumber, Instant recordedAt, String type, int version, int parts, byte[] data) {
    }

    /** An event to keep a copy of, with the JSON it arrived as (null when it is to be written from the event). */
    record Copied(RecordedEvent event, byte[] json) {
    }

    /** Keeps a copy of each event: one write a chunk (its copies read first), a document for each large part. */
    void keep(Map<String, List<Copied>> eventsByMeeting) {
        Map<String, String> meetingOf = new LinkedHashMap<>();
        Map<String, List<Copy>> added = new LinkedHashMap<>();
        List<Document> largeParts = new ArrayList<>();
        eventsByMeeting.forEach((meetingId, events) -> {
            for (Copied copied : events) {
                String id = chunkId(meetingId, copied.event().sequenceNumber() / CHUNK);
                meetingOf.put(id, meetingId);
                added.computeIfAbsent(id, chunk -> new ArrayList<>()).add(copyOf(meetingId, copied, largeParts));
            }
        });
        if (added.isEmpty()) {
            return;
        }
        Map<String, TreeMap<Long, Copy>> stored = new HashMap<>();
        chunks.find(Filters.in("_id", added.keySet())).forEach(chunk -> stored.put(chunk.getString("_id"),
                decode(Gzipped.unzipped(chunk.get("events", Binary.class)))));
        List<Document> inserted = new ArrayList<>();
        List<Document> replaced = new ArrayList<>();
        added.forEach((id, copiesAdded) -> {
            TreeMap<Long, Copy> chunk = stored.getOrDefault(id, new TreeMap<>());
            copiesAdded.forEach(copy -> chunk.put(copy.sequenceNumber(), copy));
            Document document = new Document("_id", id).append("meetingId", meetingOf.get(id))
                    .append("events", Gzipped.stored(encode(chunk.values())));
            (stored.containsKey(id) ? replaced : inserted).add(document);
        });
        // the large copies' parts first: a chunk never names a part before it is written
        Writes.write(large, largeParts, List.of(), part -> part.get("_id"));
        Writes.write(chunks, inserted, replaced, chunk -> chunk.get("_id"));
    }

    /** The meeting's events from its first up to the given sequence number, in order. */
    List<RecordedEvent> events(String meetingId, long upTo) {
        List<String> ids = new ArrayList<>();
        for (long chunk = 0; chunk <= upTo / CHUNK; chunk++) {
            ids.add(chunkId(meetingId, chunk));
        }
        TreeMap<Long, Copy> kept = new TreeMap<>();
        chunks.find(Filters.in("_id", ids)).forEach(chunk -> kept.putAll(decode(Gzipped.unzipped(chunk.get("events",
                Binary.class))).headMap(upTo, true)));
        List<String> partIds = new ArrayList<>();
        kept.values().forEach(copy -> {
            for (int part = 0; part < copy.parts(); part++) {
                partIds.add(partId(meetingId, copy.sequenceNumber(), part));
            }
        });
        Map<String, byte[]> parts = new HashMap<>();
        if (!partIds.isEmpty()) {
            large.find(Filters.in("_id", partIds)).forEach(part -> parts.put(part.getString("_id"),
                    part.get("bytes", Binary.class).getData()));
        }
        List<RecordedEvent> events = new ArrayList<>();
        for (Copy copy : kept.values()) {
            byte[] data = copy.parts() == 0 ? copy.data() : joined(meetingId, copy, parts);
            events.add(new RecordedEvent(copy.sequenceNumber(), copy.recordedAt(),
                    copies.read(copy.type(), copy.version(), data, meetingId + " event " + copy.sequenceNumber())));
        }
        return events;
    }

    void drop() {
        chunks.drop();
        large.drop();
    }

    /** The event's copy; its JSON, when large, cut into parts to be written on their own. */
    private Copy copyOf(String meetingId, Copied copied, List<Document> largeParts) {
        RecordedEvent event = copied.event();
        byte[] data = copied.json() != null ? copied.json() : copies.dataOf(event.event());
        if (data.length <= LARGE) {
            return new Copy(event.sequenceNumber(), event.recordedAt(), copies.typeOf(event.event()),
                    copies.versionOf(event.event()), 0, data);
        }
        int parts = 0;
        for (int from = 0; from < data.length; from += PART, parts++) {
            String id = partId(meetingId, event.sequenceNumber(), parts);
            largeParts.add(new Document("_id", id).append("meetingId", meetingId).append("bytes",
                    new Binary(Arrays.copyOfRange(data, from, Math.min(data.length, from + PART)))));
        }
        return new Copy(event.sequenceNumber(), event.recordedAt(), copies.typeOf(event.event()),
                copies.versionOf(event.event()), parts, new byte[0]);
    }

    private static byte[] joined(String meetingId, Copy copy, Map<String, byte[]> parts) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int part = 0; part < copy.parts(); part++) {
            byte[] bytes = parts.get(partId(meetingId, copy.sequenceNumber(), part));
            if (bytes == null) {
                throw new IllegalStateException("A part of the copy of event " + copy.sequenceNumber()
                        + " of meeting " + meetingId + " is missing");
            }
            data.writeBytes(bytes);
        }
        return data.toByteArray();
    }

    private static byte[] encode(Iterable<Copy> chunk) {
        return BinaryValues.write(out -> {
            for (Copy copy : chunk) {
                out.writeLong(copy.sequenceNumber());
                out.writeLong(copy.recordedAt().getEpochSecond());
                out.writeInt(copy.recordedAt().getNano());
                out.writeUTF(copy.type());
                out.writeInt(copy.version());
                out.writeInt(copy.parts());
                out.writeInt(copy.data().length);
                out.write(copy.data());
            }
        });
    }

    private static TreeMap<Long, Copy> decode(byte[] chunk) {
        return BinaryValues.read(chunk, "A chunk of event copies", in -> {
            TreeMap<Long, Copy> copies = new TreeMap<>();
            while (in.available() > 0) {
                long sequenceNumber = in.readLong();
                Instant recordedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
                String type = in.readUTF();
                int version = in.readInt();
                int parts = in.readInt();
                byte[] data = in.readNBytes(in.readInt());
                copies.put(sequenceNumber, new Copy(sequenceNumber, recordedAt, type, version, parts, data));
            }
            return copies;
        });
    }

    private static String chunkId(String meetingId, long chunk) {
        return Keys.padded(meetingId, '/', chunk, 12);
    }

    private static String partId(String meetingId, long sequenceNumber, int part) {
        return Keys.of(meetingId, sequenceNumber) + "/" + part;
    }
}
