package org.minutebook.query.interests;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.record.RecordJson;
import org.minutebook.query.record.VersionWaits;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registers of interests: each read by its id, a member's across councils, a meeting's members' together. A
 * register is kept as a small head ({@value #NAME}: its member, council and version, and how many entries each of its
 * lists holds) and its lists (interests with their readings, gifts and hospitality, dispensations, and any list the
 * register gains) in chunks of at most {@value #CHUNK_ENTRIES} entries ({@value #CHUNKS}, by id: the register's id,
 * the list's name and the chunk's number), so no document grows with the register: a register of any number of
 * entries is read with one read by id per chunk. A change rewrites only the chunks it changed (told from what the
 * projection read just before), then the head; the head counts the entries read, so a projection stopped between
 * the two leaves nothing the head names half-written beyond what the event, delivered again, writes once more.
 */
@Component
public class Registers {

    static final String NAME = "registers_of_interests";
    static final String CHUNKS = "register_of_interests_chunks";
    /**
     * Entries of a chunk: an entry is at most a few kilobytes (a description of 2,000 characters; an interest with each
     * of its readings), so a chunk stays far below MongoDB's 16 MB unless one interest is amended thousands of times.
     */
    static final int CHUNK_ENTRIES = 64;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final String COUNTS = "entriesOf";

    private final MongoCollection<Document> registers;
    private final MongoCollection<Document> chunks;
    private final RecordJson json;
    private final VersionWaits waits;
    /** What each chunk of a register held when the projection read it for a change: what need not be written again. */
    private final Map<String, Map<String, String>> readForChange = new ConcurrentHashMap<>();

    Registers(MongoDatabase readModels, RecordJson json, VersionWaits waits) {
        this.registers = readModels.getCollection(NAME);
        this.chunks = readModels.getCollection(CHUNKS);
        this.json = json;
        this.waits = waits;
    }

    /**
     * The register as it stood on the day, as recorded by the instant, as the caller may read it; once it holds
     * {@code minVersion} when one is given.
     */
    public RegisterAsItStood asItStood(String registerId, LocalDate on, Instant asOf, Long minVersion,
                                       boolean readsSensitive) {
        waits.await(registerId, minVersion, NAME, () -> find(registerId).map(StoredRegister::version).orElse(-1L));
        StoredRegister register = find(registerId).orElseThrow(() -> new NotFound("No register of interests "
                + registerId + " is recorded (or it is not projected yet)"));
        return RegisterAsItStood.of(register, on, asOf, readsSensitive);
    }

    /** A member's registers, one per council they have one with. */
    public List<StoredRegister> ofMember(String memberId) {
        List<StoredRegister> found = new ArrayList<>();
        registers.find(Filters.eq("member.id", memberId)).sort(Sorts.ascending("council"))
                .forEach(stored -> found.add(read(stored)));
        return found;
    }

    /** The registers with the council of the members named. */
    public List<StoredRegister> ofMembers(String council, Collection<String> memberIds) {
        List<StoredRegister> found = new ArrayList<>();
        if (council != null && !memberIds.isEmpty()) {
            registers.find(Filters.and(Filters.eq("council", council), Filters.in("member.id", memberIds)))
                    .forEach(stored -> found.add(read(stored)));
        }
        return found;
    }

    Optional<StoredRegister> find(String registerId) {
        return Optional.ofNullable(registers.find(Filters.eq("_id", registerId)).first()).map(this::read);
    }

    /** The register as {@link #find} reads it, for the projection to change: what each chunk held is remembered. */
    Optional<StoredRegister> findForChange(String registerId) {
        Map<String, String> held = new HashMap<>();
        Optional<StoredRegister> found = Optional.ofNullable(registers.find(Filters.eq("_id", registerId)).first())
                .map(head -> read(head, held));
        readForChange.put(registerId, held);
        return found;
    }

    /** Writes the chunks that differ from what was read for the change (all, when it was not), then the head. */
    void save(StoredRegister register) {
        String registerId = register.registerId();
        Map<String, String> held = Optional.ofNullable(readForChange.remove(registerId)).orElseGet(Map::of);
        Document head = new Document("_id", registerId);
        Document counts = new Document();
        json.document(register).forEach((field, value) -> {
            if (value instanceof List<?> entries) {
                counts.append(field, entries.size());
                for (int chunk = 0; chunk * CHUNK_ENTRIES < entries.size(); chunk++) {
                    String id = chunkId(registerId, field, chunk);
                    Document written = new Document("entries", entries.subList(chunk * CHUNK_ENTRIES,
                            Math.min(entries.size(), (chunk + 1) * CHUNK_ENTRIES)));
                    if (!digest(written).equals(held.get(id))) {
                        chunks.replaceOne(Filters.eq("_id", id), written.append("_id", id), UPSERT);
                    }
                }
            } else if (!field.equals("_id")) {
                head.append(field, value);
            }
        });
        registers.replaceOne(Filters.eq("_id", registerId), head.append(COUNTS, counts), UPSERT);
    }

    void drop() {
        registers.drop();
        chunks.drop();
        readForChange.clear();
    }

    private StoredRegister read(Document head) {
        return read(head, new HashMap<>());
    }

    /** The register from its head and each chunk the head counts, noting in {@code held} what each chunk held. */
    private StoredRegister read(Document head, Map<String, String> held) {
        Document whole = new Document(head);
        whole.remove("_id");
        Document counts = (Document) whole.remove(COUNTS);
        if (counts != null) {
            counts.forEach((field, count) -> whole.append(field, entries(head.getString("_id"), field,
                    ((Number) count).intValue(), held)));
        }
        return json.read(whole, StoredRegister.class);
    }

    private List<Object> entries(String registerId, String field, int count, Map<String, String> held) {
        List<Object> entries = new ArrayList<>(count);
        for (int chunk = 0; entries.size() < count; chunk++) {
            String id = chunkId(registerId, field, chunk);
            Document stored = chunks.find(Filters.eq("_id", id)).first();
            if (stored == null) {
                throw new IllegalStateException("Chunk " + id + " of a register of interests is missing");
            }
            List<?> chunkEntries = stored.getList("entries", Object.class);
            held.put(id, digest(new Document("entries", chunkEntries)));
            entries.addAll(chunkEntries.subList(0, Math.min(chunkEntries.size(), count - entries.size())));
        }
        return entries;
    }

    private static String chunkId(String registerId, String field, int chunk) {
        return registerId + "#" + field + "#" + chunk;
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
