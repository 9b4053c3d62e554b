package org.minutebook.query.matters;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.RecordJson;
import org.minutebook.query.record.VersionWaits;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The matters across meetings: each by its id, or all by title. A matter is a small head ({@value #NAME}: its title,
 * kind, version and how many entries its path has) and its path's entries in chunks of at most {@value #CHUNK_ENTRIES}
 * ({@value #CHUNKS}, by id: the matter's id and the chunk's number), so no document grows with the path: a path of
 * any length is read with one read by id per chunk. A change writes its chunk, then the head that counts it: a
 * projection stopped between the two leaves an entry the head does not count, which is read as absent and written
 * over when the event is delivered again.
 */
@Component
public class Matters {

    static final String NAME = "matters";
    static final String CHUNKS = "matter_path_chunks";
    /** Entries of a chunk: an entry is at most a few kilobytes (ids, a reason of 1,000 characters, a title of 500). */
    static final int CHUNK_ENTRIES = 256;

    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> chunks;
    private final RecordJson json;
    private final VersionWaits waits;

    Matters(MongoDatabase readModels, RecordJson json, VersionWaits waits) {
        this.heads = readModels.getCollection(NAME);
        this.chunks = readModels.getCollection(CHUNKS);
        this.json = json;
        this.waits = waits;
    }

    /** A matter as the list of matters shows it: without its path. */
    public record Listed(String matterId, String council, String title, String kind, long version, Instant openedAt) {
    }

    /** The matter's head as stored, and how many entries its path has. */
    record Head(String matterId, String council, String title, String kind, long version, Instant openedAt,
                int entries) {
    }

    /** One chunk of a matter's path: its entries in order. */
    record Chunk(List<PathEntry> entries) {
    }

    /** The matter, once it holds {@code minVersion} when one is given; {@code NotFound} when none is recorded. */
    public StoredMatter one(String matterId, Long minVersion) {
        waits.await(matterId, minVersion, NAME, () -> head(matterId).map(Head::version).orElse(-1L));
        return find(matterId).filter(StoredMatter::isOpened).orElseThrow(() -> new NotFound("No matter " + matterId
                + " is recorded (or it is not projected yet)"));
    }

    /**
     * Matters by title, as {@link org.minutebook.query.committees.Committees} lists committees; only those opened (a
     * record may name a matter before the matter's own first event is projected).
     */
    public Paging.Page<Listed> all(Paging paging) {
        List<Listed> found = new ArrayList<>();
        heads.find(Filters.ne("openedAt", null)).sort(Sorts.ascending("title", "_id"))
                .skip((int) Math.min(Integer.MAX_VALUE, paging.from())).limit(paging.limit() + 1)
                .forEach(stored -> {
                    Head head = json.read(stored, Head.class);
                    found.add(new Listed(head.matterId(), head.council(), head.title(), head.kind(), head.version(),
                            head.openedAt()));
                });
        boolean more = found.size() > paging.limit();
        return paging.of(more ? found.subList(0, paging.limit()) : found, more);
    }

    /** The matter with its whole path: its head, then each chunk its head counts, by id. */
    Optional<StoredMatter> find(String matterId) {
        return head(matterId).map(head -> {
            List<PathEntry> entries = new ArrayList<>(head.entries());
            for (int chunk = 0; entries.size() < head.entries(); chunk++) {
                Document stored = chunks.find(Filters.eq("_id", chunkId(matterId, chunk))).first();
                if (stored == null) {
                    throw new IllegalStateException("Chunk " + chunk + " of matter " + matterId + " is missing");
                }
                List<PathEntry> held = json.read(stored, Chunk.class).entries();
                entries.addAll(held.subList(0, Math.min(held.size(), head.entries() - entries.size())));
            }
            return new StoredMatter(matterId, head.council(), head.title(), head.kind(), head.version(),
                    head.openedAt(), entries, entries.size());
        });
    }

    /** Writes the chunks holding the entries added since the matter was read, then its head. */
    void save(StoredMatter matter) {
        List<PathEntry> entries = matter.entries();
        for (int chunk = matter.entriesStored() / CHUNK_ENTRIES; chunk * CHUNK_ENTRIES < entries.size(); chunk++) {
            String id = chunkId(matter.matterId(), chunk);
            Chunk written = new Chunk(entries.subList(chunk * CHUNK_ENTRIES,
                    Math.min(entries.size(), (chunk + 1) * CHUNK_ENTRIES)));
            chunks.replaceOne(Filters.eq("_id", id), json.document(written).append("_id", id),
                    new ReplaceOptions().upsert(true));
        }
        Head head = new Head(matter.matterId(), matter.council(), matter.title(), matter.kind(), matter.version(),
                matter.openedAt(), entries.size());
        heads.replaceOne(Filters.eq("_id", matter.matterId()), json.document(head).append("_id", matter.matterId()),
                new ReplaceOptions().upsert(true));
    }

    void drop() {
        heads.drop();
        chunks.drop();
    }

    private Optional<Head> head(String matterId) {
        return Optional.ofNullable(heads.find(Filters.eq("_id", matterId)).first())
                .map(stored -> json.read(stored, Head.class));
    }

    private static String chunkId(String matterId, int chunk) {
        return matterId + "#" + chunk;
    }
}
