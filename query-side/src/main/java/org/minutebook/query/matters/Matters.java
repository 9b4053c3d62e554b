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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The matters across meetings: each by its id, or all by title. */
@Component
public class Matters {

    static final String NAME = "matters";

    private final MongoCollection<Document> matters;
    private final RecordJson json;
    private final VersionWaits waits;

    Matters(MongoDatabase readModels, RecordJson json, VersionWaits waits) {
        this.matters = readModels.getCollection(NAME);
        this.json = json;
        this.waits = waits;
    }

    /** The matter, once it holds {@code minVersion} when one is given; {@code NotFound} when none is recorded. */
    public StoredMatter one(String matterId, Long minVersion) {
        waits.await(matterId, minVersion, NAME, () -> find(matterId).map(StoredMatter::version).orElse(-1L));
        return find(matterId).filter(StoredMatter::isOpened).orElseThrow(() -> new NotFound("No matter " + matterId
                + " is recorded (or it is not projected yet)"));
    }

    /**
     * Matters by title, as {@link org.minutebook.query.committees.Committees} lists committees; only those opened (a
     * record may name a matter before the matter's own first event is projected).
     */
    public Paging.Page<StoredMatter> all(Paging paging) {
        List<StoredMatter> found = new ArrayList<>();
        matters.find(Filters.ne("openedAt", null)).sort(Sorts.ascending("title", "_id")).skip((int) Math.min(Integer.MAX_VALUE, paging.from()))
                .limit(paging.limit() + 1).forEach(stored -> found.add(read(stored)));
        boolean more = found.size() > paging.limit();
        return paging.of(more ? found.subList(0, paging.limit()) : found, more);
    }

    Optional<StoredMatter> find(String matterId) {
        return Optional.ofNullable(matters.find(Filters.eq("_id", matterId)).first()).map(this::read);
    }

    void save(StoredMatter matter) {
        matters.replaceOne(Filters.eq("_id", matter.matterId()), json.document(matter).append("_id", matter.matterId()),
                new ReplaceOptions().upsert(true));
    }

    void drop() {
        matters.drop();
    }

    private StoredMatter read(Document stored) {
        return json.read(stored, StoredMatter.class);
    }
}
