package org.minutebook.query.committees;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.minutebook.query.platform.NotFound;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.RecordJson;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Committees, their names over time and their members: for the API and the public pages alike. */
@Component
public class Committees {

    static final String NAME = "committees";

    private final MongoCollection<Document> committees;
    private final RecordJson json;

    Committees(MongoDatabase readModels, RecordJson json) {
        this.committees = readModels.getCollection(NAME);
        this.json = json;
    }

    /** Committees by name. */
    public Paging.Page<Committee> all(Paging paging) {
        List<Committee> found = new ArrayList<>();
        committees.find().sort(Sorts.ascending("name", "_id")).skip((int) Math.min(Integer.MAX_VALUE, paging.from()))
                .limit(paging.limit() + 1).forEach(stored -> found.add(read(stored)));
        boolean more = found.size() > paging.limit();
        return paging.of(more ? found.subList(0, paging.limit()) : found, more);
    }

    /** The committee; {@code NotFound} when none is recorded by that id. */
    public Committee one(String committeeId) {
        return find(committeeId).orElseThrow(() -> new NotFound("No committee " + committeeId
                + " is recorded (or it is not projected yet)"));
    }

    /** The committees the member was ever appointed to. */
    public List<Committee> ofMember(String memberId) {
        List<Committee> found = new ArrayList<>();
        committees.find(Filters.eq("members.member.id", memberId)).forEach(stored -> found.add(read(stored)));
        return found;
    }

    /**
     * The councils the committees were registered under, each once; null among them when a committee was
     * registered without one (an imported page that does not name its council).
     */
    public List<String> councils() {
        List<String> councils = new ArrayList<>();
        committees.distinct("council", String.class).forEach(councils::add);
        return councils;
    }

    /** A council's committees, by name; with no council, those registered without one. */
    public List<Committee> ofCouncil(String council) {
        List<Committee> found = new ArrayList<>();
        committees.find(Filters.eq("council", council)).sort(Sorts.ascending("name", "_id"))
                .forEach(stored -> found.add(read(stored)));
        return found;
    }

    /** The committee, if one is recorded by that id. */
    public Optional<Committee> find(String committeeId) {
        return Optional.ofNullable(committees.find(Filters.eq("_id", committeeId)).first()).map(this::read);
    }

    /** The committees recorded by these ids, by id, in one read (an id recorded by none is left out). */
    public Map<String, Committee> byId(Collection<String> committeeIds) {
        Map<String, Committee> found = new HashMap<>();
        committees.find(Filters.in("_id", committeeIds)).forEach(stored -> {
            Committee committee = read(stored);
            found.put(committee.committeeId(), committee);
        });
        return found;
    }

    void save(Committee committee) {
        committees.replaceOne(Filters.eq("_id", committee.committeeId()), json.document(committee)
                .append("_id", committee.committeeId()), new ReplaceOptions().upsert(true));
    }

    void drop() {
        committees.drop();
    }

    private Committee read(Document stored) {
        return json.read(stored, Committee.class);
    }
}
