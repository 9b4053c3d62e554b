package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.types.Binary;
import org.minutebook.query.platform.UnreadableRecord;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Each meeting's answers, rendered once per version, in one document a meeting ({@value #ANSWERS}, keyed by meeting
 * id): the version they are at and each answer as the JSON it is served as, for everyone ({@code all}) and, where it
 * differs, for the public. One document, so the version and the answers it covers are written as one. An answer
 * large enough to gain by it is stored gzipped ({@link Gzipped}): what a rebuild writes is what limits its speed.
 * <p>
 * A document never approaches MongoDB's 16 MB, whatever the meeting holds (seventeen minutes of a megabyte each):
 * while the answers together (as stored) stay under {@value #INLINE_LIMIT} bytes they are kept in the document; past that the
 * largest are cut into parts of {@value #PART_SIZE} bytes ({@value #PARTS}), written before the document that names
 * them and keyed by the version they belong to, so the document never names a part not yet written. The parts of
 * the version before are deleted once the document no longer names them.
 */
@org.springframework.stereotype.Component
class StoredAnswers {

    static final String ANSWERS = "meeting_answers";
    static final String PARTS = "meeting_answer_parts";
    static final int INLINE_LIMIT = 4 * 1024 * 1024;
    static final int PART_SIZE = 4 * 1024 * 1024;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    private static final List<String> SMALL_FIELDS = List.of("version", "parts", "listingGroups");

    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> parts;

    StoredAnswers(MongoDatabase readModels) {
        this.heads = readModels.getCollection(ANSWERS);
        this.parts = readModels.getCollection(PARTS);
    }

    /** One meeting's answers at a version, each as the bytes of its JSON; those for the public where they differ. */
    record Rendered(String meetingId, long version, String committeeId, int listingGroups, Map<String, byte[]> all,
                    Map<String, byte[]> forThePublic) {
    }

    /**
     * What a meeting's stored document says: its version, the groups of its listing ({@link Listings}), which
     * answers are in parts and how many, and (when asked for) its minutes, the record as it stands (null when not
     * asked for, or when the document holds none).
     */
    record Stored(String meetingId, long version, int listingGroups, Map<Audience, Map<String, Integer>> parts,
                  byte[] minutes) {
    }

    /** What is stored of a meeting, or why it cannot be read: damaged by a hand edit or a bad restore. */
    record Read(Stored stored, UnreadableRecord unreadable) {

        Stored orThrow() {
            if (unreadable != null) {
                throw unreadable;
            }
            return stored;
        }
    }

    /** Whose answer: everyone's, or the public's where it differs (exempt business withheld). */
    enum Audience {
        ALL("all"), PUBLIC("public");

        final String field;

        Audience(String field) {
            this.field = field;
        }
    }

    /**
     * Writes the meetings' answers: first every part of every answer too large to keep in its document, then the
     * documents, then (the documents naming them no more) the parts of the versions they replace.
     */
    void write(List<Rendered> rendered, Map<String, Stored> before) {
        List<Document> newParts = new ArrayList<>();
        List<Document> newHeads = new ArrayList<>();
        List<Document> changedHeads = new ArrayList<>();
        List<WriteModel<Document>> stale = new ArrayList<>();
        for (Rendered meeting : rendered) {
            Document head = new Document("_id", meeting.meetingId()).append("version", meeting.version())
                    .append("committeeId", meeting.committeeId()).append("listingGroups", meeting.listingGroups());
            Map<Audience, Map<String, Binary>> inline = new LinkedHashMap<>();
            inline.put(Audience.ALL, storedForm(meeting.all()));
            inline.put(Audience.PUBLIC, storedForm(meeting.forThePublic()));
            Document partCounts = new Document();
            for (Map.Entry<Audience, String> spilled : spill(inline)) {
                Binary answer = inline.get(spilled.getKey()).remove(spilled.getValue());
                byte[] bytes = answer.getData();
                int count = 0;
                for (int from = 0; from < bytes.length; from += PART_SIZE, count++) {
                    String id = partId(meeting.meetingId(), meeting.version(), spilled.getKey(), spilled.getValue(),
                            count);
                    newParts.add(new Document("_id", id).append("meetingId", meeting.meetingId()).append("bytes",
                            new Binary(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_SIZE)))));
                }
                partCounts.computeIfAbsent(spilled.getKey().field, audience -> new Document());
                partCounts.get(spilled.getKey().field, Document.class).append(spilled.getValue(), count);
            }
            inline.forEach((audience, answers) -> {
                Document fields = new Document();
                answers.forEach(fields::append);
                head.append(audience.field, fields);
            });
            head.append("parts", partCounts);
            Stored previous = before.get(meeting.meetingId());
            (previous == null ? newHeads : changedHeads).add(head);
            if (previous != null && previous.version() != meeting.version()) {
                previous.parts().forEach((audience, counts) -> counts.forEach((name, count) -> {
                    for (int i = 0; i < count; i++) {
                        stale.add(new DeleteOneModel<>(Filters.eq("_id",
                                partId(meeting.meetingId(), previous.version(), audience, name, i))));
                    }
                }));
            }
        }
        Writes.write(parts, newParts, List.of(), part -> part.get("_id"));
        Writes.write(heads, newHeads, changedHeads, head -> head.get("_id"));
        bulk(parts, stale);
    }

    /**
     * What is stored of these meetings (none for a meeting not stored), with their minutes where {@code
     * withMinutes} asks for them: the minutes are the largest answer, and live a batch folds on the records it kept
     * folded ({@link FoldedRecords}) rather than decode them, so it reads only the small fields of most meetings, in
     * one read, and the minutes of the others in a second. A meeting's document that does not read is told as such,
     * for its own events to fail on, not another's.
     */
    Map<String, Read> stored(Collection<String> meetingIds, Predicate<Stored> withMinutes) {
        Map<String, Read> stored = new HashMap<>();
        List<String> minutesWanted = new ArrayList<>();
        heads.find(Filters.in("_id", meetingIds)).projection(Projections.include(SMALL_FIELDS)).forEach(head -> {
            Read read = readOf(head, false);
            stored.put(head.getString("_id"), read);
            if (read.stored() != null && withMinutes.test(read.stored())) {
                minutesWanted.add(read.stored().meetingId());
            }
        });
        if (!minutesWanted.isEmpty()) {
            List<String> fields = new ArrayList<>(SMALL_FIELDS);
            fields.add(Audience.ALL.field + "." + MeetingAnswers.MINUTES);
            heads.find(Filters.in("_id", minutesWanted)).projection(Projections.include(fields))
                    .forEach(head -> stored.put(head.getString("_id"), readOf(head, true)));
        }
        return stored;
    }

    private Read readOf(Document head, boolean withMinutes) {
        try {
            Stored found = storedOf(head);
            if (!withMinutes) {
                return new Read(found, null);
            }
            byte[] minutes = inline(head, Audience.ALL, MeetingAnswers.MINUTES);
            if (minutes == null) {
                minutes = joined(found, Audience.ALL, MeetingAnswers.MINUTES);
            }
            return new Read(new Stored(found.meetingId(), found.version(), found.listingGroups(), found.parts(),
                    minutes), null);
        } catch (RuntimeException damaged) {
            return new Read(null, new UnreadableRecord("Unreadable stored MeetingRecord " + head.get("_id"),
                    damaged));
        }
    }

    /**
     * One answer as stored, with the version it is at: for the public, their own where it differs from everyone's.
     * Empty when nothing of the meeting is stored.
     */
    Optional<StoredAnswer> answer(String meetingId, String name, Audience audience) {
        List<String> fields = new ArrayList<>(List.of("version", "parts", Audience.ALL.field + "." + name));
        if (audience == Audience.PUBLIC) {
            fields.add(Audience.PUBLIC.field + "." + name);
        }
        Document head = heads.find(Filters.eq("_id", meetingId)).projection(Projections.include(fields)).first();
        if (head == null) {
            return Optional.empty();
        }
        Stored stored = storedOf(head);
        for (Audience from : audience == Audience.PUBLIC ? List.of(Audience.PUBLIC, Audience.ALL)
                : List.of(Audience.ALL)) {
            byte[] answer = inline(head, from, name);
            if (answer == null) {
                answer = joined(stored, from, name);
            }
            if (answer != null) {
                return Optional.of(new StoredAnswer(stored.version(), answer));
            }
        }
        return Optional.of(new StoredAnswer(stored.version(), null));
    }

    /** The version the meeting's answers are at; -1 when nothing of it is stored. */
    long version(String meetingId) {
        Document head = heads.find(Filters.eq("_id", meetingId)).projection(Projections.include("version")).first();
        return head == null ? -1 : head.getLong("version");
    }

    void drop() {
        heads.drop();
        parts.drop();
    }

    /** An answer as stored; {@code json} null when the meeting's document holds no answer of that name. */
    record StoredAnswer(long version, byte[] json) {
    }

    /** Each answer as it is stored: gzipped when large enough to gain by it ({@link Gzipped}). */
    private static Map<String, Binary> storedForm(Map<String, byte[]> answers) {
        Map<String, Binary> stored = new LinkedHashMap<>();
        answers.forEach((name, json) -> stored.put(name, Gzipped.stored(json)));
        return stored;
    }

    /** The answers to keep out of the document, largest (as stored) first, until what stays fits within the limit. */
    private static List<Map.Entry<Audience, String>> spill(Map<Audience, Map<String, Binary>> inline) {
        List<Map.Entry<Audience, String>> all = new ArrayList<>();
        long total = 0;
        for (Map.Entry<Audience, Map<String, Binary>> audience : inline.entrySet()) {
            for (Map.Entry<String, Binary> answer : audience.getValue().entrySet()) {
                all.add(Map.entry(audience.getKey(), answer.getKey()));
                total += answer.getValue().length();
            }
        }
        all.sort(Comparator.comparingInt((Map.Entry<Audience, String> answer) ->
                inline.get(answer.getKey()).get(answer.getValue()).length()).reversed());
        List<Map.Entry<Audience, String>> spilled = new ArrayList<>();
        for (Map.Entry<Audience, String> largest : all) {
            if (total <= INLINE_LIMIT) {
                break;
            }
            spilled.add(largest);
            total -= inline.get(largest.getKey()).get(largest.getValue()).length();
        }
        return spilled;
    }

    private static byte[] inline(Document head, Audience audience, String name) {
        Document answers = head.get(audience.field, Document.class);
        Binary answer = answers == null ? null : answers.get(name, Binary.class);
        return answer == null ? null : Gzipped.unzipped(answer);
    }

    /** An answer kept in parts, joined again; null when it is not kept in parts. */
    private byte[] joined(Stored stored, Audience audience, String name) {
        Integer count = stored.parts().getOrDefault(audience, Map.of()).get(name);
        if (count == null) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(partId(stored.meetingId(), stored.version(), audience, name, i));
        }
        Map<String, Binary> found = new HashMap<>();
        parts.find(Filters.in("_id", ids)).forEach(part -> found.put(part.getString("_id"),
                part.get("bytes", Binary.class)));
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (String id : ids) {
            Binary part = found.get(id);
            if (part == null) {
                throw new IllegalStateException("Part " + id + " of a stored answer is missing");
            }
            whole.writeBytes(part.getData());
        }
        return Gzipped.unzipped(new Binary(whole.toByteArray()));
    }

    private static Stored storedOf(Document head) {
        try {
            return storedIn(head);
        } catch (RuntimeException damaged) {
            throw new UnreadableRecord("Unreadable stored MeetingRecord " + head.get("_id"), damaged);
        }
    }

    private static Stored storedIn(Document head) {
        Map<Audience, Map<String, Integer>> counts = new LinkedHashMap<>();
        Document parts = head.get("parts", Document.class);
        for (Audience audience : Audience.values()) {
            Document ofAudience = parts == null ? null : parts.get(audience.field, Document.class);
            if (ofAudience != null) {
                Map<String, Integer> byName = new LinkedHashMap<>();
                ofAudience.forEach((name, count) -> byName.put(name, ((Number) count).intValue()));
                counts.put(audience, byName);
            }
        }
        Number groups = (Number) head.get("listingGroups");
        return new Stored(head.getString("_id"), head.getLong("version"), groups == null ? 1 : groups.intValue(),
                counts, null);
    }

    private static String partId(String meetingId, long version, Audience audience, String name, int part) {
        return meetingId + "/" + version + "/" + audience.field + "/" + name + "/" + part;
    }

    private static void bulk(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, UNORDERED);
        }
    }
}
