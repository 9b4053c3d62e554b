package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A register's rows of each committee, newest meetings first and each meeting's rows in the order of the minutes,
 * kept ready for the committee's register to be read a page at a time with two reads by id, however many meetings
 * the committee has: its index ({@value #INDEXES}, one document per register and committee) and the chunk or two
 * the page falls in ({@value #CHUNKS}). A chunk holds whole meetings, each with its rows as served (JSON) and
 * whether the public reads them; the index lists the chunks in order, each with the last meeting it holds and how
 * many rows it has for everyone and for the public, so a page is found by counting.
 * <p>
 * A chunk is never changed in place: a changed chunk is written anew under a new key, then the index that names it,
 * then the old chunk is deleted. The index is one document, so a reader sees the register before a change or after
 * it, never half; a projection stopped half-way leaves at worst a chunk no index names, and does the change again.
 * As a chunk never changes, one read is kept in memory by its key ({@value #KEPT_CHUNKS} at most) for the pages read
 * and the changes made next; an index is kept by the projection too, and used while the stored one is at the same
 * count of chunks written ({@code nextChunk}), which any change moves on, whichever instance made it.
 */
@Component
public class CommitteeRegisters {

    static final String INDEXES = "committee_registers";
    static final String CHUNKS = "committee_register_chunks";
    /** A chunk is split above these: small chunks keep what a change rewrites small. */
    static final int CHUNK_ROWS = 64;
    static final int CHUNK_BYTES = 128 * 1024;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    static final int KEPT_CHUNKS = 128;
    private static final java.util.Random RANDOM = new java.security.SecureRandom();
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /** Newest first, a meeting whose date is not stated last (as a descending sort on MongoDB), then by id. */
    static final Comparator<Key> NEWEST_FIRST = Comparator
            .comparing(Key::date, Comparator.nullsFirst(Comparator.<String>naturalOrder())).reversed()
            .thenComparing(Key::meetingId);

    private final MongoCollection<Document> indexes;
    private final MongoCollection<Document> chunks;
    private final Map<String, Document> keptChunks = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(KEPT_CHUNKS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
                    return size() > KEPT_CHUNKS;
                }
            });
    private final Map<String, Document> keptIndexes = new java.util.concurrent.ConcurrentHashMap<>();

    CommitteeRegisters(MongoDatabase readModels) {
        this.indexes = readModels.getCollection(INDEXES);
        this.chunks = readModels.getCollection(CHUNKS);
    }

    /** Where a meeting sits in its committee's registers: its date (ISO, or null) and its id. */
    public record Key(String date, String meetingId) {
    }

    static Key keyOf(MeetingRecord record) {
        return new Key(record.date() == null ? null : record.date().toString(), record.meetingId());
    }

    /** A row as served, and whether the public reads it (it is not of exempt business). */
    public record Row(byte[] json, boolean forThePublic) {
    }

    /** A meeting's rows in a register, where it sits, and where it sat before (null when it was not there). */
    record Change(String register, String committeeId, String committeeBefore, Key key, Key before, List<Row> rows) {
    }

    /** A page of a committee's register, as the caller reads it, and whether more follow. */
    public record Page(List<byte[]> rows, boolean more) {
    }

    /** Applies the changes of one batch, a committee's register at a time. */
    void apply(List<Change> changes) {
        Map<String, List<Change>> byIndex = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.committeeBefore() != null && change.before() != null
                    && !change.committeeBefore().equals(change.committeeId())) {
                // moved to another committee: out of the one it was in
                byIndex.computeIfAbsent(indexId(change.register(), change.committeeBefore()), id -> new ArrayList<>())
                        .add(new Change(change.register(), change.committeeBefore(), change.committeeBefore(), null,
                                change.before(), List.of()));
                change = new Change(change.register(), change.committeeId(), null, change.key(), null, change.rows());
            }
            if (change.committeeId() != null) {
                byIndex.computeIfAbsent(indexId(change.register(), change.committeeId()), id -> new ArrayList<>())
                        .add(change);
            }
        }
        byIndex.forEach(this::applyTo);
    }

    /** One page of the committee's register, as the caller reads it. */
    public Page page(String register, String committeeId, boolean readsExemptBusiness, int page, int limit) {
        Document index = indexes.find(Filters.eq("_id", indexId(register, committeeId))).first();
        if (index == null) {
            return new Page(List.of(), false);
        }
        long from = (long) page * limit;
        long to = from + limit;
        List<String> wanted = new ArrayList<>();
        Map<String, Long> startOf = new HashMap<>();
        long at = 0;
        for (Document entry : index.getList("chunks", Document.class)) {
            long count = ((Number) entry.get(readsExemptBusiness ? "rows" : "publicRows")).longValue();
            if (count > 0 && at + count > from && at < to) {
                wanted.add(entry.getString("id"));
                startOf.put(entry.getString("id"), at);
            }
            at += count;
        }
        Map<String, Document> found = read(wanted);
        List<byte[]> rows = new ArrayList<>();
        for (String id : wanted) {
            long position = startOf.get(id);
            for (Document meeting : chunkOf(found, id).getList("meetings", Document.class)) {
                for (Document row : meeting.getList("rows", Document.class)) {
                    if (readsExemptBusiness || row.getBoolean("public")) {
                        if (position >= from && position < to) {
                            rows.add(row.get("json", Binary.class).getData());
                        }
                        position++;
                    }
                }
            }
        }
        return new Page(rows, at > to);
    }

    void drop() {
        keptIndexes.clear();
        keptChunks.clear();
        indexes.drop();
        chunks.drop();
    }

    private void applyTo(String indexId, List<Change> changes) {
        Document stored = index(indexId);
        List<Document> entries = stored == null ? new ArrayList<>()
                : new ArrayList<>(stored.getList("chunks", Document.class));
        long nextChunk = stored == null ? 0 : stored.getLong("nextChunk");
        List<String> touchedIds = new ArrayList<>();
        for (Change change : changes) {
            for (Key key : new Key[]{change.before(), change.key()}) {
                if (key != null && !entries.isEmpty()) {
                    touchedIds.add(entries.get(chunkFor(entries, key)).getString("id"));
                }
            }
        }
        Map<String, Document> found = read(touchedIds.stream().distinct().toList());
        // each chunk's meetings, as they will be; chunks are worked on by their place in the index
        Map<Integer, List<Document>> changed = new HashMap<>();
        for (Change change : changes) {
            if (change.before() != null && !entries.isEmpty()) {
                remove(changed, found, entries, change.before());
            }
            if (change.key() != null && !change.rows().isEmpty()) {
                if (entries.isEmpty()) {
                    entries.add(new Document("id", null));
                }
                // replayed after a stop half-way, the meeting may be there already: it is not listed twice
                remove(changed, found, entries, change.key());
                List<Document> meetings = meetingsOf(changed, found, entries, chunkFor(entries, change.key()));
                meetings.add(meetingEntry(change.key(), change.rows()));
                meetings.sort(Comparator.comparing(CommitteeRegisters::keyOf, NEWEST_FIRST));
            }
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<Document> newEntries = new ArrayList<>();
        List<Document> written = new ArrayList<>();
        for (int place = 0; place < entries.size(); place++) {
            List<Document> meetings = changed.get(place);
            if (meetings == null) {
                newEntries.add(entries.get(place));
                continue;
            }
            if (entries.get(place).getString("id") != null) {
                replaced.add(entries.get(place).getString("id"));
            }
            for (List<Document> part : split(meetings)) {
                // never the key of another chunk, not even of one written by a projection stopped half-way
                String id = indexId + "/" + nextChunk++ + "-" + Long.toHexString(RANDOM.nextLong());
                Document chunk = new Document("_id", id).append("meetings", part);
                writes.add(new InsertOneModel<>(chunk));
                written.add(chunk);
                newEntries.add(entryOf(id, part));
            }
        }
        if (!writes.isEmpty()) {
            chunks.bulkWrite(writes, UNORDERED);
        }
        Document index = new Document("_id", indexId).append("nextChunk", nextChunk).append("chunks", newEntries);
        indexes.replaceOne(Filters.eq("_id", indexId), index, UPSERT);
        keptIndexes.put(indexId, index);
        written.forEach(chunk -> keptChunks.put(chunk.getString("_id"), chunk));
        if (!replaced.isEmpty()) {
            replaced.forEach(keptChunks::remove);
            chunks.bulkWrite(replaced.stream().<WriteModel<Document>>map(id -> new DeleteOneModel<>(
                    Filters.eq("_id", id))).toList(), UNORDERED);
        }
    }

    /**
     * The register's index as stored: the one kept, while the stored one has written as many chunks (read by that
     * count alone); else read whole.
     */
    private Document index(String indexId) {
        Document kept = keptIndexes.get(indexId);
        if (kept != null) {
            Document stored = indexes.find(Filters.eq("_id", indexId)).projection(Projections.include("nextChunk"))
                    .first();
            if (stored != null && kept.getLong("nextChunk").equals(stored.getLong("nextChunk"))) {
                return kept;
            }
        }
        Document stored = indexes.find(Filters.eq("_id", indexId)).first();
        if (stored == null) {
            keptIndexes.remove(indexId);
        } else {
            keptIndexes.put(indexId, stored);
        }
        return stored;
    }

    /** Chunks by key: those kept, and the others read in one go (then kept). */
    private Map<String, Document> read(List<String> ids) {
        Map<String, Document> found = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (String id : ids) {
            Document kept = keptChunks.get(id);
            if (kept != null) {
                found.put(id, kept);
            } else {
                unread.add(id);
            }
        }
        if (!unread.isEmpty()) {
            chunks.find(Filters.in("_id", unread)).forEach(chunk -> {
                found.put(chunk.getString("_id"), chunk);
                keptChunks.put(chunk.getString("_id"), chunk);
            });
        }
        return found;
    }

    /**
     * Takes a meeting's rows out: from the chunk its key falls in, and from the chunks after it that its rows run on
     * into (a meeting with more rows than a chunk holds is cut across chunks).
     */
    private void remove(Map<Integer, List<Document>> changed, Map<String, Document> found, List<Document> entries,
                        Key key) {
        for (int place = chunkFor(entries, key); place < entries.size(); place++) {
            boolean held = meetingsOf(changed, found, entries, place)
                    .removeIf(meeting -> meeting.getString("meetingId").equals(key.meetingId()));
            Document last = entries.get(place).get("last", Document.class);
            if (!held || last == null || !keyOf(last).equals(key)) {
                return;
            }
        }
    }

    /** The meetings of the chunk at this place, read once and then changed in memory. */
    private List<Document> meetingsOf(Map<Integer, List<Document>> changed, Map<String, Document> found,
                                      List<Document> entries, int place) {
        return changed.computeIfAbsent(place, at -> {
            String id = entries.get(at).getString("id");
            if (id == null) {
                return new ArrayList<>();
            }
            if (!found.containsKey(id)) {
                found.putAll(read(List.of(id)));
            }
            return new ArrayList<>(chunkOf(found, id).getList("meetings", Document.class));
        });
    }

    /** The place of the chunk a key belongs in: the first whose last meeting is not before it, else the last. */
    private static int chunkFor(List<Document> entries, Key key) {
        for (int place = 0; place < entries.size(); place++) {
            Document last = entries.get(place).get("last", Document.class);
            if (last == null || NEWEST_FIRST.compare(key, keyOf(last)) <= 0) {
                return place;
            }
        }
        return entries.size() - 1;
    }

    /**
     * A chunk's meetings cut into chunks of at most {@value #CHUNK_ROWS} rows and {@value #CHUNK_BYTES} bytes (a row
     * alone larger has a chunk to itself), whole meetings kept together where they fit and cut in order where they
     * do not; none when it has none left.
     */
    private static List<List<Document>> split(List<Document> meetings) {
        List<List<Document>> parts = new ArrayList<>();
        List<Document> part = new ArrayList<>();
        int rows = 0;
        long bytes = 0;
        for (Document meeting : meetings) {
            List<Document> meetingRows = meeting.getList("rows", Document.class);
            long meetingBytes = meetingRows.stream().mapToLong(CommitteeRegisters::bytesOf).sum();
            if (!part.isEmpty() && (rows + meetingRows.size() > CHUNK_ROWS || bytes + meetingBytes > CHUNK_BYTES)) {
                parts.add(part);
                part = new ArrayList<>();
                rows = 0;
                bytes = 0;
            }
            if (meetingRows.size() <= CHUNK_ROWS && meetingBytes <= CHUNK_BYTES) {
                part.add(meeting);
                rows += meetingRows.size();
                bytes += meetingBytes;
                continue;
            }
            // more than a chunk holds: cut across chunks, in order
            List<Document> piece = new ArrayList<>();
            for (Document row : meetingRows) {
                if (!piece.isEmpty() && (piece.size() + 1 > CHUNK_ROWS || bytes + bytesOf(row) > CHUNK_BYTES)) {
                    part.add(new Document(meeting).append("rows", piece));
                    parts.add(part);
                    part = new ArrayList<>();
                    piece = new ArrayList<>();
                    bytes = 0;
                }
                piece.add(row);
                bytes += bytesOf(row);
            }
            part.add(new Document(meeting).append("rows", piece));
            rows = piece.size();
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static long bytesOf(Document row) {
        return row.get("json", Binary.class).length();
    }

    private static Document meetingEntry(Key key, List<Row> rows) {
        return new Document("meetingId", key.meetingId()).append("date", key.date())
                .append("rows", rows.stream().map(row -> new Document("json", new Binary(row.json()))
                        .append("public", row.forThePublic())).toList());
    }

    private static Document entryOf(String id, List<Document> meetings) {
        long all = 0;
        long forThePublic = 0;
        for (Document meeting : meetings) {
            for (Document row : meeting.getList("rows", Document.class)) {
                all++;
                forThePublic += row.getBoolean("public") ? 1 : 0;
            }
        }
        Document last = meetings.get(meetings.size() - 1);
        return new Document("id", id).append("last", new Document("date", last.getString("date"))
                        .append("meetingId", last.getString("meetingId")))
                .append("rows", all).append("publicRows", forThePublic);
    }

    private static Key keyOf(Document meeting) {
        return new Key(meeting.getString("date"), meeting.getString("meetingId"));
    }

    private static Document chunkOf(Map<String, Document> found, String id) {
        return Objects.requireNonNull(found.get(id), () -> "Chunk " + id + " of a committee register is missing");
    }

    private static String indexId(String register, String committeeId) {
        return register + "/" + committeeId;
    }
}
