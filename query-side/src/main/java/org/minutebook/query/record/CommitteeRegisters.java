package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A register's rows of each committee, newest meetings first and each meeting's rows in the order of the minutes,
 * kept ready for the committee's register to be read a page at a time with two reads by id, however many meetings
 * the committee has: its index ({@value #INDEXES}, one document per register and committee) and the chunk or two
 * the page falls in ({@value #CHUNKS}). A chunk holds meetings (a meeting with more rows than a chunk holds is cut
 * across chunks, in order), each row as served (JSON) and whether the public reads it, as one binary value, which
 * the MongoDB-wire server stores and reads far faster than as many sub-documents; the index lists the chunks in
 * order (one binary value too), each with the last meeting it holds and how many rows it has for everyone and for
 * the public, so a page is found by counting.
 * <p>
 * A chunk is never changed in place: a changed chunk is written anew under a new key (never the key of another),
 * then the index that names it, then the old chunk is deleted; a batch takes each step for every register and
 * committee it changes at once, one round trip each, not one register after another. The index is one document,
 * so a reader sees the register before a change or after it, never half; a projection stopped half-way leaves at
 * worst a chunk no index names, and does the change again. As a chunk never changes, one read is kept in memory by its key
 * ({@value #KEPT_CHUNKS} at most) for the pages read and the changes made next; an index is kept by the projection
 * too, and used while the stored one has written as many chunks ({@code nextChunk}), which any change moves on,
 * whichever instance made it.
 */
@Component
public class CommitteeRegisters {

    static final String INDEXES = "committee_registers";
    static final String CHUNKS = "committee_register_chunks";
    /** A chunk is split above these: small chunks keep what a change rewrites small. */
    static final int CHUNK_ROWS = 64;
    static final int CHUNK_BYTES = 128 * 1024;
    static final int KEPT_CHUNKS = 128;
    /** Pages kept rendered for each register's index: the first few, for either audience, are most of what is read. */
    static final int KEPT_PAGES = 8;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final Random RANDOM = new SecureRandom();

    /** Newest first, a meeting whose date is not stated last (as a descending sort on MongoDB), then by id. */
    static final Comparator<Key> NEWEST_FIRST = Comparator
            .comparing(Key::date, Comparator.nullsFirst(Comparator.<String>naturalOrder())).reversed()
            .thenComparing(Key::meetingId);

    private final MongoCollection<Document> indexes;
    private final MongoCollection<Document> chunks;
    private final Map<String, List<Entry>> keptChunks = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT_CHUNKS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Entry>> eldest) {
                    return size() > KEPT_CHUNKS;
                }
            });
    private final Map<String, Index> keptIndexes = new ConcurrentHashMap<>();

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

    /** A meeting's rows in a chunk (all of them, or a run of them when the meeting is cut across chunks). */
    private record Entry(Key key, List<Row> rows) {

        long bytes() {
            return rows.stream().mapToLong(row -> row.json().length).sum();
        }
    }

    /** A chunk as the index names it: its key, its last meeting, its rows for everyone and for the public. */
    private record Place(String id, Key last, long rows, long publicRows) {

        static Place of(String id, List<Entry> entries) {
            long all = 0;
            long forThePublic = 0;
            for (Entry entry : entries) {
                all += entry.rows().size();
                forThePublic += entry.rows().stream().filter(Row::forThePublic).count();
            }
            return new Place(id, entries.get(entries.size() - 1).key(), all, forThePublic);
        }
    }

    /**
     * A register's index: its chunks in order, and how many chunks it has written; with the pages rendered from it
     * (a change writes a new index, so they are never served for a register that has changed since).
     */
    private record Index(long nextChunk, List<Place> places, Map<String, byte[]> renderedPages) {

        Index(long nextChunk, List<Place> places) {
            this(nextChunk, places, new ConcurrentHashMap<>());
        }
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
        if (byIndex.isEmpty()) {
            return;
        }
        // every register and committee the batch touches together: each step one round trip for them all
        Map<String, Index> before = indexes(byIndex.keySet());
        List<String> touched = new ArrayList<>();
        byIndex.forEach((indexId, ofIndex) -> touched.addAll(touched(before.get(indexId), ofIndex)));
        Map<String, List<Entry>> found = read(touched.stream().distinct().toList());
        List<Applied> applied = new ArrayList<>();
        byIndex.forEach((indexId, ofIndex) -> applied.add(applyTo(indexId, before.get(indexId), ofIndex, found)));
        Writes.write(chunks, applied.stream().flatMap(index -> index.written().stream()).toList(), List.of(),
                chunk -> chunk.get("_id"));
        indexes.bulkWrite(applied.stream().<WriteModel<Document>>map(index -> new ReplaceOneModel<>(
                Filters.eq("_id", index.indexId()), documentOf(index.indexId(), index.now()), UPSERT)).toList(),
                UNORDERED);
        List<String> replaced = new ArrayList<>();
        for (Applied index : applied) {
            keptIndexes.put(index.indexId(), index.now());
            keptChunks.putAll(index.newChunks());
            replaced.addAll(index.replaced());
        }
        if (!replaced.isEmpty()) {
            replaced.forEach(keptChunks::remove);
            chunks.bulkWrite(replaced.stream().<WriteModel<Document>>map(id -> new DeleteOneModel<>(
                    Filters.eq("_id", id))).toList(), UNORDERED);
        }
    }

    /**
     * A register's index as one batch changes it: the index, the chunks it names anew (to be written before it),
     * and those it no longer names (to be deleted after it).
     */
    private record Applied(String indexId, Index now, List<Document> written, Map<String, List<Entry>> newChunks,
                           List<String> replaced) {
    }

    /** One page of the committee's register, as the caller reads it. */
    public Page page(String register, String committeeId, boolean readsExemptBusiness, int page, int limit) {
        Index index = index(indexId(register, committeeId));
        return index == null ? new Page(List.of(), false) : page(index, readsExemptBusiness, page, limit);
    }

    /**
     * One page of the committee's register rendered as it is served, once for the register as it stands: a page
     * read again before the register changes costs one read of the index's count of chunks, no decoding.
     */
    public byte[] renderedPage(String register, String committeeId, boolean readsExemptBusiness, int page, int limit,
                               Function<Page, byte[]> render) {
        Index index = index(indexId(register, committeeId));
        if (index == null) {
            return render.apply(new Page(List.of(), false));
        }
        String key = readsExemptBusiness + "/" + page + "/" + limit;
        byte[] rendered = index.renderedPages().get(key);
        if (rendered == null) {
            rendered = render.apply(page(index, readsExemptBusiness, page, limit));
            if (index.renderedPages().size() < KEPT_PAGES) {
                index.renderedPages().put(key, rendered);
            }
        }
        return rendered;
    }

    private Page page(Index index, boolean readsExemptBusiness, int page, int limit) {
        long from = (long) page * limit;
        long to = from + limit;
        List<String> wanted = new ArrayList<>();
        Map<String, Long> startOf = new HashMap<>();
        long at = 0;
        for (Place place : index.places()) {
            long count = readsExemptBusiness ? place.rows() : place.publicRows();
            if (count > 0 && at + count > from && at < to) {
                wanted.add(place.id());
                startOf.put(place.id(), at);
            }
            at += count;
        }
        Map<String, List<Entry>> found = read(wanted);
        List<byte[]> rows = new ArrayList<>();
        for (String id : wanted) {
            long position = startOf.get(id);
            for (Entry entry : chunkOf(found, id)) {
                for (Row row : entry.rows()) {
                    if (readsExemptBusiness || row.forThePublic()) {
                        if (position >= from && position < to) {
                            rows.add(row.json());
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

    /** The chunks of the index the changes fall in: where each meeting was, and where it goes. */
    private static List<String> touched(Index index, List<Change> changes) {
        List<String> touched = new ArrayList<>();
        if (index == null || index.places().isEmpty()) {
            return touched;
        }
        for (Change change : changes) {
            for (Key key : new Key[]{change.before(), change.key()}) {
                if (key != null) {
                    touched.add(index.places().get(chunkFor(index.places(), key)).id());
                }
            }
        }
        return touched;
    }

    private Applied applyTo(String indexId, Index index, List<Change> changes, Map<String, List<Entry>> found) {
        List<Place> places = index == null ? new ArrayList<>() : new ArrayList<>(index.places());
        long nextChunk = index == null ? 0 : index.nextChunk();
        // each chunk's meetings, as they will be; chunks are worked on by their place in the index
        Map<Integer, List<Entry>> changed = new HashMap<>();
        for (Change change : changes) {
            if (change.before() != null && !places.isEmpty()) {
                remove(changed, found, places, change.before());
            }
            if (change.key() != null && !change.rows().isEmpty()) {
                if (places.isEmpty()) {
                    places.add(new Place(null, null, 0, 0));
                }
                // replayed after a stop half-way, the meeting may be there already: it is not listed twice
                remove(changed, found, places, change.key());
                List<Entry> entries = entriesAt(changed, found, places, chunkFor(places, change.key()));
                entries.add(new Entry(change.key(), change.rows()));
                entries.sort(Comparator.comparing(Entry::key, NEWEST_FIRST));
            }
        }
        List<Document> written = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<Place> newPlaces = new ArrayList<>();
        Map<String, List<Entry>> newChunks = new HashMap<>();
        for (int at = 0; at < places.size(); at++) {
            List<Entry> entries = changed.get(at);
            if (entries == null) {
                newPlaces.add(places.get(at));
                continue;
            }
            if (places.get(at).id() != null) {
                replaced.add(places.get(at).id());
            }
            for (List<Entry> part : split(entries)) {
                // never the key of another chunk, not even of one written by a projection stopped half-way
                String id = indexId + "/" + nextChunk++ + "-" + Long.toHexString(RANDOM.nextLong());
                written.add(new Document("_id", id).append("meetings", new Binary(encode(part))));
                newChunks.put(id, part);
                newPlaces.add(Place.of(id, part));
            }
        }
        return new Applied(indexId, new Index(nextChunk, newPlaces), written, newChunks, replaced);
    }

    /** The register's index as stored (see {@link #indexes}); null when there is none. */
    private Index index(String indexId) {
        return indexes(List.of(indexId)).get(indexId);
    }

    /**
     * The registers' indexes as stored, those there are: each one kept, while the stored one has written as many
     * chunks (read by that count alone); the others read whole. Two reads at most, however many.
     */
    private Map<String, Index> indexes(Collection<String> indexIds) {
        Map<String, Index> found = new HashMap<>();
        List<String> kept = indexIds.stream().filter(keptIndexes::containsKey).toList();
        if (!kept.isEmpty()) {
            indexes.find(Filters.in("_id", kept)).projection(Projections.include("nextChunk")).forEach(stored -> {
                Index index = keptIndexes.get(stored.getString("_id"));
                if (index != null && index.nextChunk() == ((Number) stored.get("nextChunk")).longValue()) {
                    found.put(stored.getString("_id"), index);
                }
            });
        }
        List<String> unread = indexIds.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            unread.forEach(keptIndexes::remove);
            indexes.find(Filters.in("_id", unread)).forEach(stored -> {
                Index read = indexOf(stored);
                found.put(stored.getString("_id"), read);
                keptIndexes.put(stored.getString("_id"), read);
            });
        }
        return found;
    }

    /**
     * Takes a meeting's rows out: from the chunk its key falls in, and from the chunks after it that its rows run on
     * into (a meeting with more rows than a chunk holds is cut across chunks).
     */
    private void remove(Map<Integer, List<Entry>> changed, Map<String, List<Entry>> found, List<Place> places,
                        Key key) {
        for (int at = chunkFor(places, key); at < places.size(); at++) {
            boolean held = entriesAt(changed, found, places, at)
                    .removeIf(entry -> entry.key().meetingId().equals(key.meetingId()));
            if (!held || !key.equals(places.get(at).last())) {
                return;
            }
        }
    }

    /** The entries of the chunk at this place, read once and then changed in memory. */
    private List<Entry> entriesAt(Map<Integer, List<Entry>> changed, Map<String, List<Entry>> found,
                                  List<Place> places, int at) {
        return changed.computeIfAbsent(at, place -> {
            String id = places.get(place).id();
            if (id == null) {
                return new ArrayList<>();
            }
            if (!found.containsKey(id)) {
                found.putAll(read(List.of(id)));
            }
            return new ArrayList<>(chunkOf(found, id));
        });
    }

    /** Chunks by key: those kept, and the others read in one go (then kept). */
    private Map<String, List<Entry>> read(List<String> ids) {
        Map<String, List<Entry>> found = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (String id : ids) {
            List<Entry> kept = keptChunks.get(id);
            if (kept != null) {
                found.put(id, kept);
            } else {
                unread.add(id);
            }
        }
        if (!unread.isEmpty()) {
            chunks.find(Filters.in("_id", unread)).forEach(chunk -> {
                List<Entry> entries = decode(chunk.get("meetings", Binary.class).getData());
                found.put(chunk.getString("_id"), entries);
                keptChunks.put(chunk.getString("_id"), entries);
            });
        }
        return found;
    }

    /** The place of the chunk a key belongs in: the first whose last meeting is not before it, else the last. */
    private static int chunkFor(List<Place> places, Key key) {
        for (int at = 0; at < places.size(); at++) {
            Key last = places.get(at).last();
            if (last == null || NEWEST_FIRST.compare(key, last) <= 0) {
                return at;
            }
        }
        return places.size() - 1;
    }

    /**
     * A chunk's meetings cut into chunks of at most {@value #CHUNK_ROWS} rows and {@value #CHUNK_BYTES} bytes (a row
     * alone larger has a chunk to itself), whole meetings kept together where they fit and cut in order where they
     * do not; none when it has none left.
     */
    private static List<List<Entry>> split(List<Entry> entries) {
        List<List<Entry>> parts = new ArrayList<>();
        List<Entry> part = new ArrayList<>();
        int rows = 0;
        long bytes = 0;
        for (Entry entry : entries) {
            long entryBytes = entry.bytes();
            if (!part.isEmpty() && (rows + entry.rows().size() > CHUNK_ROWS || bytes + entryBytes > CHUNK_BYTES)) {
                parts.add(part);
                part = new ArrayList<>();
                rows = 0;
                bytes = 0;
            }
            if (entry.rows().size() <= CHUNK_ROWS && entryBytes <= CHUNK_BYTES) {
                part.add(entry);
                rows += entry.rows().size();
                bytes += entryBytes;
                continue;
            }
            // more than a chunk holds: cut across chunks, in order
            List<Row> piece = new ArrayList<>();
            for (Row row : entry.rows()) {
                if (!piece.isEmpty() && (piece.size() + 1 > CHUNK_ROWS || bytes + row.json().length > CHUNK_BYTES)) {
                    part.add(new Entry(entry.key(), piece));
                    parts.add(part);
                    part = new ArrayList<>();
                    piece = new ArrayList<>();
                    bytes = 0;
                }
                piece.add(row);
                bytes += row.json().length;
            }
            part.add(new Entry(entry.key(), piece));
            rows = piece.size();
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static byte[] encode(List<Entry> entries) {
        return BinaryValues.write(out -> {
            out.writeInt(entries.size());
            for (Entry entry : entries) {
                writeKey(out, entry.key());
                out.writeInt(entry.rows().size());
                for (Row row : entry.rows()) {
                    out.writeBoolean(row.forThePublic());
                    out.writeInt(row.json().length);
                    out.write(row.json());
                }
            }
        });
    }

    private static List<Entry> decode(byte[] chunk) {
        return BinaryValues.read(chunk, "A chunk of a committee register", in -> {
            int count = in.readInt();
            List<Entry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Key key = readKey(in);
                int rowCount = in.readInt();
                List<Row> rows = new ArrayList<>(rowCount);
                for (int r = 0; r < rowCount; r++) {
                    boolean forThePublic = in.readBoolean();
                    rows.add(new Row(in.readNBytes(in.readInt()), forThePublic));
                }
                entries.add(new Entry(key, rows));
            }
            return entries;
        });
    }

    /** The index as stored: how many chunks it has written, and its chunks in order as one binary value. */
    private static Document documentOf(String indexId, Index index) {
        return new Document("_id", indexId).append("nextChunk", index.nextChunk())
                .append("chunks", new Binary(BinaryValues.write(out -> {
                    out.writeInt(index.places().size());
                    for (Place place : index.places()) {
                        out.writeUTF(place.id());
                        writeKey(out, place.last());
                        out.writeLong(place.rows());
                        out.writeLong(place.publicRows());
                    }
                })));
    }

    private static Index indexOf(Document stored) {
        List<Place> places = BinaryValues.read(stored.get("chunks", Binary.class).getData(),
                "The index of a committee register", in -> {
                    int count = in.readInt();
                    List<Place> read = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        read.add(new Place(in.readUTF(), readKey(in), in.readLong(), in.readLong()));
                    }
                    return read;
                });
        return new Index(((Number) stored.get("nextChunk")).longValue(), places);
    }

    private static void writeKey(DataOutputStream out, Key key) throws IOException {
        out.writeUTF(key.meetingId());
        out.writeBoolean(key.date() != null);
        if (key.date() != null) {
            out.writeUTF(key.date());
        }
    }

    private static Key readKey(DataInputStream in) throws IOException {
        String meetingId = in.readUTF();
        return new Key(in.readBoolean() ? in.readUTF() : null, meetingId);
    }

    private static List<Entry> chunkOf(Map<String, List<Entry>> found, String id) {
        List<Entry> chunk = found.get(id);
        if (chunk == null) {
            throw new IllegalStateException("Chunk " + id + " of a committee register is missing");
        }
        return chunk;
    }

    private static String indexId(String register, String committeeId) {
        return register + "/" + committeeId;
    }
}
