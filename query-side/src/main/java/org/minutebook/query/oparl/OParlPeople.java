package org.minutebook.query.oparl;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.minutebook.events.Person;
import org.minutebook.query.committees.Committee;
import org.minutebook.query.committees.Committees;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.record.AcrossMeetings;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.RecordRows;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The people of each council, as OParl lists them, kept by committee: one document a person and committee
 * ({@value #PEOPLE}, keyed by committee and person key), holding the person as first named, whether a meeting names
 * them and whether the committee appointed them, and when they were first and last named or un-named. Kept by
 * committee, not council, because a meeting's events and its committee's arrive on different partitions, in any
 * order: a meeting is written knowing only its committee's id. A council's person is the documents of its
 * committees with that key, read together. Which people each meeting names is kept beside ({@value #NAMED}), so a
 * meeting that changes touches only the people it names anew or no longer names, and the meetings naming a person
 * are found there (by a multikey index on MongoDB), never as a list in the person's document, which would grow with
 * the record (a councillor of many years sits on thousands of meetings), nor as a document a person and meeting,
 * which were 60 % of the documents a rebuild wrote. Every write is an upsert or an update by key that changes nothing
 * twice (a batch tried again, another instance writing another meeting of the same person). A person no meeting names
 * and no committee appointed is a tombstone.
 */
@Component
class OParlPeople implements AcrossMeetings {

    static final String PEOPLE = "oparl_people";
    static final String NAMED = "oparl_people_named";
    /** Where each person's meetings were kept before they were found from the meetings: dropped at start. */
    static final String NAMINGS_BEFORE = "oparl_people_namings";
    /**
     * Of a meeting's document: whom it names, written before the people, so whoever reads a person's meetings after
     * their document says "named" finds the meeting that made it so.
     */
    private static final String NAMING = "naming";
    /** Of a meeting's document: whom it names, written after the people, so a batch cut off is tried again whole. */
    private static final String WRITTEN = "people";
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final ReplaceOptions REPLACE_UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> people;
    private final MongoCollection<Document> named;
    private final Committees committees;

    OParlPeople(MongoDatabase readModels, Committees committees) {
        this.people = readModels.getCollection(PEOPLE);
        this.named = readModels.getCollection(NAMED);
        this.committees = committees;
        createIndexes();
        upgrade(readModels);
    }

    /** A person as stored: who, as first named; the times; whether anything still names them. */
    record Stored(String identity, Person person, String created, String modified, boolean deleted) {

        /** The same person as kept by two committees: first named in either, the times of both. */
        Stored and(Stored other) {
            return new Stored(identity, person, created == null || other.created != null
                    && other.created.compareTo(created) < 0 ? other.created : created,
                    modified == null || other.modified != null && other.modified.compareTo(modified) > 0
                            ? other.modified : modified, deleted && other.deleted);
        }
    }

    @Override
    public void write(List<RecordRows> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<String, Document> before = new HashMap<>();
        named.find(Filters.in("_id", changed.stream().map(rows -> rows.record().meetingId()).toList()))
                .forEach(meeting -> before.put(meeting.getString("_id"), meeting));
        // the members known by now: more may be appointed later (then read by their ids, which they are kept by);
        // each committee read once for the batch, not once a meeting
        Map<String, Committee> committeesNow = committees.byId(changed.stream()
                .map(rows -> rows.record().committeeId()).filter(Objects::nonNull).distinct().toList());
        List<WriteModel<Document>> namingWrites = new ArrayList<>();
        List<WriteModel<Document>> personWrites = new ArrayList<>();
        List<WriteModel<Document>> meetingWrites = new ArrayList<>();
        Set<String> unnamed = new LinkedHashSet<>();
        // each person named in the batch is written once, however many of its meetings name them: in a rebuild the
        // same members sit on meeting after meeting, and each write costs the MongoDB-wire server a look-up
        Map<String, Mentioned> namedInBatch = new LinkedHashMap<>();
        Map<String, String> committeeOf = new HashMap<>();
        Map<String, Long> namingsOf = new HashMap<>();
        for (RecordRows rows : changed) {
            MeetingRecord record = rows.published();
            Optional<Committee> committee = Optional.ofNullable(committeesNow.get(record.committeeId()));
            Map<String, Mentioned> now = mentioned(record, committee);
            Document was = before.get(record.meetingId());
            Set<String> namedBefore = new HashSet<>(was == null ? List.of() : was.getList(WRITTEN, String.class));
            boolean namingChanged = !namedBefore.equals(now.keySet());
            now.forEach((id, mention) -> {
                if (!namedBefore.contains(id)) {
                    namedInBatch.merge(id, mention, (first, then) -> first.and(then.created(), then.modified()));
                    committeeOf.putIfAbsent(id, record.committeeId());
                    namingsOf.merge(id, 1L, Long::sum);
                }
            });
            String unnamedAt = new MeetingTimes(record).meeting().modified();
            namedBefore.stream().filter(id -> !now.containsKey(id)).forEach(id -> {
                personWrites.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.max("modified", unnamedAt)));
                unnamed.add(id);
            });
            List<String> namedNow = List.copyOf(now.keySet());
            if (namingChanged) {
                // a new meeting's document holds no one written yet: a batch cut off after this is tried again whole
                namingWrites.add(new UpdateOneModel<>(Filters.eq("_id", record.meetingId()), Updates.combine(
                        Updates.set(NAMING, namedNow), Updates.setOnInsert(WRITTEN, List.of())), UPSERT));
            }
            if (was == null || !namedNow.equals(was.getList(WRITTEN, String.class))) {
                // most events name no one new: the meeting's document is written only when who it names changed
                meetingWrites.add(new ReplaceOneModel<>(Filters.eq("_id", record.meetingId()),
                        new Document("_id", record.meetingId()).append(WRITTEN, namedNow).append(NAMING, namedNow),
                        REPLACE_UPSERT));
            }
        }
        namedInBatch.forEach((id, mention) -> personWrites.add(new UpdateOneModel<>(Filters.eq("_id", id),
                Updates.combine(Updates.setOnInsert("committee", committeeOf.get(id)),
                        Updates.setOnInsert("identity", mention.identity()),
                        Updates.setOnInsert("person", person(mention.person())),
                        Updates.set("named", true), Updates.inc("namingsWritten", namingsOf.get(id)),
                        Updates.min("created", mention.created()), Updates.max("modified", mention.modified())),
                UPSERT)));
        // whom each meeting names before the people, so whoever reads a person's meetings after their document says
        // "named" finds the meeting that made it so
        if (!namingWrites.isEmpty()) {
            named.bulkWrite(namingWrites, UNORDERED);
        }
        if (!personWrites.isEmpty()) {
            people.bulkWrite(personWrites, UNORDERED);
        }
        unnamed.forEach(this::tombstoneIfNamedNowhere);
        // last: a batch interrupted before this is tried again against what the meetings named before
        if (!meetingWrites.isEmpty()) {
            named.bulkWrite(meetingWrites, UNORDERED);
        }
    }

    /**
     * A person no meeting names any more, unless one does: the meetings naming them are looked for after how many times
     * a meeting naming them anew was written ({@code namingsWritten}, a mark of change, not a count: a batch tried again
     * adds to it), and the tombstone set only if that is unchanged, so a meeting naming them written meanwhile by
     * another instance (the meeting's naming first, then the mark) is never overwritten by this answer, which may have
     * missed it. The only query on the people not by key: rare (a correction un-naming someone), and on the
     * MongoDB-wire server, which keeps no such index, a scan of one document a meeting.
     */
    private void tombstoneIfNamedNowhere(String id) {
        Document stored = people.find(Filters.eq("_id", id)).projection(Projections.include("namingsWritten")).first();
        if (stored == null || named.find(Filters.eq(NAMING, id)).projection(Projections.include("_id"))
                .limit(1).first() != null) {
            return;
        }
        people.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("namingsWritten", stored.get("namingsWritten"))),
                Updates.set("named", false));
    }

    /** A person a meeting names, under their key, with when the facts naming them were first and last recorded. */
    private record Mentioned(String identity, Person person, String created, String modified) {

        Mentioned and(String otherCreated, String otherModified) {
            return new Mentioned(identity, person, otherCreated.compareTo(created) < 0 ? otherCreated : created,
                    otherModified.compareTo(modified) > 0 ? otherModified : modified);
        }
    }

    private static Map<String, Mentioned> mentioned(MeetingRecord record, Optional<Committee> committee) {
        PersonKeys keys = PersonKeys.of(record, members(committee));
        MeetingTimes times = new MeetingTimes(record);
        Map<String, Mentioned> mentioned = new LinkedHashMap<>();
        for (PeopleNamed.Mention mention : PeopleNamed.in(record)) {
            String identity = keys.keyOf(mention.person());
            MeetingTimes.Span span = mention.fact() == null ? times.meeting() : times.of(mention.fact());
            if (identity != null && span.created() != null) {
                mentioned.merge(idOf(record.committeeId(), identity), new Mentioned(identity, mention.person(), span.created(),
                        span.modified()), (first, then) -> first.and(then.created(), then.modified()));
            }
        }
        return mentioned;
    }

    static List<Person> members(Optional<Committee> committee) {
        return committee.map(found -> found.members().stream().map(Committee.Membership::member).toList())
                .orElse(List.of());
    }

    /** A member appointed to a committee of the council is one of its people, named in its minutes or not. */
    void appointed(String committeeId, Person member, Instant at) {
        String identity = member == null ? null : member.identity();
        if (identity == null) {
            return;
        }
        String recorded = OParlTime.recorded(at);
        people.updateOne(Filters.eq("_id", idOf(committeeId, identity)), Updates.combine(
                Updates.setOnInsert("committee", committeeId), Updates.setOnInsert("identity", identity),
                Updates.setOnInsert("person", person(member)), Updates.set("member", true),
                Updates.min("created", recorded), Updates.max("modified", recorded)), UPSERT);
    }

    /** The person of the council (of its committees) by their key, as its committees keep them together. */
    Optional<Stored> find(List<String> committeeIds, String identity) {
        List<Stored> kept = new ArrayList<>();
        people.find(Filters.and(Filters.in("committee", committeeIds), Filters.eq("identity", identity)))
                .sort(Sorts.ascending("_id")).forEach(stored -> kept.add(read(stored)));
        return kept.stream().reduce(Stored::and);
    }

    /**
     * A page of the council's people by key (as its committees keep them, by key and committee), filtered on their
     * stored times; tombstones only when {@code modified_since} is given (as OParl asks). Answers each person's key
     * once: one kept by two committees is one person, read whole by {@link #find}.
     */
    Paging.Page<String> page(List<String> committeeIds, TimeFilters filters, Paging paging) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.in("committee", committeeIds)));
        conditions.addAll(filters.filters());
        if (!filters.withTombstones()) {
            conditions.add(Filters.or(Filters.eq("named", true), Filters.eq("member", true)));
        }
        List<String> found = new ArrayList<>();
        people.find(Filters.and(conditions)).sort(Sorts.ascending("identity", "_id"))
                .skip((int) Math.min(Integer.MAX_VALUE, paging.from())).limit(paging.limit() + 1)
                .forEach(stored -> found.add(stored.getString("identity")));
        boolean more = found.size() > paging.limit();
        return paging.of((more ? found.subList(0, paging.limit()) : found).stream().distinct().toList(), more);
    }

    private Stored read(Document stored) {
        Document person = stored.get("person", Document.class);
        return new Stored(stored.getString("identity"), new Person(
                person.getString("id"), person.getString("name"), person.getString("role")),
                stored.getString("created"), stored.getString("modified"),
                !stored.getBoolean("named", false) && !stored.getBoolean("member", false));
    }

    private static Document person(Person person) {
        return new Document("id", person.id()).append("name", person.name()).append("role", person.role());
    }

    private static String idOf(String committeeId, String identity) {
        return committeeId + "/" + identity;
    }

    /** Dropped for a rebuild (by {@link MembersAsPeople}, of the processor that writes it). */
    void drop() {
        people.drop();
        named.drop();
        createIndexes();
    }

    private void createIndexes() {
        people.createIndex(Indexes.ascending("committee", "identity"));
        named.createIndex(Indexes.ascending(NAMING));
    }

    /**
     * Stores of two releases before, by keyed writes that change nothing twice (an upgrade interrupted, or two
     * instances starting at once), finding nothing once done. A meeting's document kept before it held whom the meeting
     * names ({@value #WRITTEN}) but not {@value #NAMING}, which people were then found by (a document a person and
     * meeting, {@value #NAMINGS_BEFORE}, written before the people as {@value #NAMING} is now, so the meetings'
     * documents hold every naming it does but one of a batch cut off, which is tried again): each gains it, and the
     * namings are dropped. A person kept before that held their meetings as a list ({@code meetings}): each meeting
     * names them and the person is named or not.
     */
    private void upgrade(MongoDatabase readModels) {
        // a store whose namings were documents still has their collection (dropped last): only then is every
        // meeting's document read, not at every start
        if (readModels.listCollectionNames().into(new ArrayList<>()).contains(NAMINGS_BEFORE)) {
            named.find(Filters.exists(NAMING, false)).forEach(meeting -> named.updateOne(
                    Filters.eq("_id", meeting.get("_id")), Updates.set(NAMING, meeting.getList(WRITTEN, String.class))));
            readModels.getCollection(NAMINGS_BEFORE).drop();
        }
        people.find(Filters.exists("meetings")).forEach(stored -> {
            String id = stored.getString("_id");
            List<String> meetings = stored.getList("meetings", String.class);
            if (!meetings.isEmpty()) {
                named.bulkWrite(meetings.stream().<WriteModel<Document>>map(meetingId -> new UpdateOneModel<>(
                        Filters.eq("_id", meetingId), Updates.combine(Updates.addToSet(WRITTEN, id),
                                Updates.addToSet(NAMING, id)), UPSERT)).toList(), UNORDERED);
            }
            people.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("named", !meetings.isEmpty()),
                    Updates.unset("meetings")));
        });
    }
}
