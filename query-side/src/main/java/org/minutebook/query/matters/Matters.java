package org.minutebook.query.matters;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.ChunkedDocuments;
import org.minutebook.query.record.RecordJson;
import org.minutebook.query.record.VersionWaits;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The matters across meetings: each by its id, or all by title. A matter is a small head ({@value #NAME}: its title,
 * kind and version) and its path's entries and the records naming it in chunks of at most {@value #CHUNK_ENTRIES}
 * ({@value #CHUNKS}; {@link ChunkedDocuments}), so no document grows with the path.
 */
@Component
public class Matters {

    static final String NAME = "matters";
    static final String CHUNKS = "matter_path_chunks";
    /** Entries of a chunk: an entry is at most a few kilobytes (ids, a reason of 1,000 characters, a title of 500). */
    static final int CHUNK_ENTRIES = 256;

    private final ChunkedDocuments<StoredMatter> matters;
    private final VersionWaits waits;

    Matters(MongoDatabase readModels, RecordJson json, VersionWaits waits) {
        this.matters = new ChunkedDocuments<>(readModels, NAME, CHUNKS, CHUNK_ENTRIES, json, StoredMatter.class);
        this.waits = waits;
    }

    /** A matter as the list of matters shows it: without its path. */
    public record Listed(String matterId, String council, String title, String kind, long version, Instant openedAt) {
    }

    /** The matter, once it holds {@code minVersion} when one is given; {@code NotFound} when none is recorded. */
    public StoredMatter one(String matterId, Long minVersion) {
        waits.await(matterId, minVersion, NAME, () -> Optional.ofNullable(matters.heads()
                .find(Filters.eq("_id", matterId)).first())
                .map(head -> matters.readHead(head, Listed.class).version()).orElse(-1L));
        return find(matterId).filter(StoredMatter::isOpened).orElseThrow(() -> new NotFound("No matter " + matterId
                + " is recorded (or it is not projected yet)"));
    }

    /**
     * Matters by title, as {@link org.minutebook.query.committees.Committees} lists committees; only those opened (a
     * record may name a matter before the matter's own first event is projected).
     */
    public Paging.Page<Listed> all(Paging paging) {
        List<Listed> found = new ArrayList<>();
        matters.heads().find(Filters.ne("openedAt", null)).sort(Sorts.ascending("title", "_id"))
                .skip((int) Math.min(Integer.MAX_VALUE, paging.from())).limit(paging.limit() + 1)
                .forEach(head -> found.add(matters.readHead(head, Listed.class)));
        boolean more = found.size() > paging.limit();
        return paging.of(more ? found.subList(0, paging.limit()) : found, more);
    }

    Optional<StoredMatter> find(String matterId) {
        return matters.find(matterId);
    }

    /** The matter as {@link #find} reads it, for the projection to change and {@link #save}. */
    Optional<StoredMatter> findForChange(String matterId) {
        return matters.findForChange(matterId);
    }

    void save(StoredMatter matter) {
        matters.save(matter.matterId(), matter);
    }

    void drop() {
        matters.drop();
    }
}
