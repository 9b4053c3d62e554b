package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read model of records that grow without bound (a register of interests, a matter's path), kept so that no
 * document grows with them: each record is a small head (its fields that are not lists, and how many entries each of
 * its lists holds, by the list's name) and each list in chunks of at most {@code chunkEntries} entries, read by id
 * (the record's id, the list's name, the chunk's number). A record of any size is read with one read by id per chunk.
 * <p>
 * A change rewrites only the chunks that differ from what the projection read just before ({@link #findForChange}),
 * then the head. The head counts the entries of each list, and a reader takes no more than it counts, so a projection
 * stopped between the chunks and the head leaves at worst entries no head counts, which the event, delivered again,
 * writes once more. As every list is a fold of the record's events, the same events give the same documents, however
 * often they are delivered.
 *
 * @param <T> the record, as JSON reads and writes it
 */
public final class ChunkedDocuments<T> {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final String COUNTS = "entriesOf";

    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> chunks;
    private final int chunkEntries;
    private final RecordJson json;
    private final Class<T> type;
    /** What each chunk of a record held when the projection read it for a change: what need not be written again. */
    private final Map<String, Map<String, String>> readForChange = new ConcurrentHashMap<>();

    public ChunkedDocuments(MongoDatabase readModels, String heads, String chunks, int chunkEntries, RecordJson json,
                            Class<T> type) {
        this.heads = readModels.getCollection(heads);
        this.chunks = readModels.getCollection(chunks);
        this.chunkEntries = chunkEntries;
        this.json = json;
        this.type = type;
    }

    /** The heads, for queries by the fields they hold; {@link #read} makes a record of one. */
    public MongoCollection<Document> heads() {
        return heads;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(heads.find(Filters.eq("_id", id)).first()).map(this::read);
    }

    /** The record as {@link #find} reads it, for the projection to change: what each chunk held is remembered. */
    public Optional<T> findForChange(String id) {
        Map<String, String> held = new HashMap<>();
        Optional<T> found = Optional.ofNullable(heads.find(Filters.eq("_id", id)).first())
                .map(head -> read(head, held));
        readForChange.put(id, held);
        return found;
    }

    /** Writes the chunks that differ from what was read for the change (all, when it was not), then the head. */
    public void save(String id, T record) {
        Map<String, String> held = Optional.ofNullable(readForChange.remove(id)).orElseGet(Map::of);
        Document head = new Document("_id", id);
        Document counts = new Document();
        json.document(record).forEach((field, value) -> {
            if (value instanceof List<?> entries) {
                counts.append(field, entries.size());
                for (int chunk = 0; chunk * chunkEntries < entries.size(); chunk++) {
                    String chunkId = chunkId(id, field, chunk);
                    Document written = new Document("entries", entries.subList(chunk * chunkEntries,
                            Math.min(entries.size(), (chunk + 1) * chunkEntries)));
                    if (!digest(written).equals(held.get(chunkId))) {
                        chunks.replaceOne(Filters.eq("_id", chunkId), written.append("_id", chunkId), UPSERT);
                    }
                }
            } else if (!field.equals("_id")) {
                head.append(field, value);
            }
        });
        heads.replaceOne(Filters.eq("_id", id), head.append(COUNTS, counts), UPSERT);
    }

    /** The record from its head and each chunk the head counts (a head written whole, before chunks, as is). */
    public T read(Document head) {
        return read(head, new HashMap<>());
    }

    /** The head's own fields as another type reads them (a listing that needs no list of the record). */
    public <H> H readHead(Document head, Class<H> as) {
        Document fields = new Document(head);
        fields.remove(COUNTS);
        return json.read(fields, as);
    }

    public void drop() {
        heads.drop();
        chunks.drop();
        readForChange.clear();
    }

    private T read(Document head, Map<String, String> held) {
        Document whole = new Document(head);
        Document counts = (Document) whole.remove(COUNTS);
        if (counts != null) {
            counts.forEach((field, count) -> whole.append(field, entries(head.getString("_id"), field,
                    ((Number) count).intValue(), held)));
        }
        return json.read(whole, type);
    }

    private List<Object> entries(String id, String field, int count, Map<String, String> held) {
        List<Object> entries = new ArrayList<>(count);
        for (int chunk = 0; entries.size() < count; chunk++) {
            String chunkId = chunkId(id, field, chunk);
            Document stored = chunks.find(Filters.eq("_id", chunkId)).first();
            if (stored == null) {
                throw new IllegalStateException("Chunk " + chunkId + " of " + type.getSimpleName() + " is missing");
            }
            List<?> chunkEntries = stored.getList("entries", Object.class);
            held.put(chunkId, digest(new Document("entries", chunkEntries)));
            entries.addAll(chunkEntries.subList(0, Math.min(chunkEntries.size(), count - entries.size())));
        }
        return entries;
    }

    private static String chunkId(String id, String field, int chunk) {
        return id + "#" + field + "#" + chunk;
    }

    private static String digest(Document chunk) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(chunk.toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
