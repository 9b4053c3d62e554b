package org.minutebook.query.record;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.BsonBinary;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import org.bson.conversions.Bson;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.UnreadableRecord;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every meeting's rows in every register, for the queries across meetings (a period's meetings, a member's
 * declarations, the decisions with some words): one document a meeting ({@value #LISTINGS}), its meeting's
 * committee and date beside an array of rows per register, so that a rebuild writes a meeting's rows as one
 * document, not one a row. A real MongoDB indexes the rows' fields (multikey indexes); the queries read the
 * meetings that hold a matching row, newest first, and keep the rows that match. Each row in the array holds only
 * the fields it is searched by; the rows' JSON, as served, is one value per register beside them ({@value
 * #ROWS_JSON}), gzipped: written separately per row it was a third of what a rebuild wrote, and one value costs the
 * MongoDB-wire server far less than as many.
 * <p>
 * No document approaches MongoDB's 16 MB: a meeting whose rows run over {@value #GROUP_CHARS} characters of JSON
 * (at most three bytes each) has them in groups, each a document ({@code meetingId}, then {@code meetingId#1}…)
 * with the meeting's fields, the rows in order across them. One row alone that long (only a meeting's row can be,
 * with an agenda of megabytes of text) is listed abridged: each text cut at {@value #ABRIDGED} characters, the
 * meeting's own answer keeping every word.
 */
@Component
public class Listings {

    static final String LISTINGS = "meeting_listings";
    /** A listing's rows' JSON, at most, before the next group (with their searched fields, at most twice that). */
    static final int GROUP_BYTES = 2 * 1024 * 1024;
    /** A row's JSON, at most, listed whole; past it, abridged. */
    static final int ROW_BYTES = 1024 * 1024;
    static final int ABRIDGED = 64 * 1024;
    /** The rows' JSON, per register: one value of the listing, gzipped, beside the rows' searched fields. */
    static final String ROWS_JSON = "rowsJson";
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> listings;
    private final MongoCollection<RawBsonDocument> raw;
    private final List<Register<?>> registers;
    private final RecordJson json;

    Listings(MongoDatabase readModels, List<Register<?>> registers, RecordJson json) {
        this.listings = readModels.getCollection(LISTINGS);
        this.raw = readModels.getCollection(LISTINGS, RawBsonDocument.class);
        this.registers = registers;
        this.json = json;
        createIndexes();
    }

    /** A meeting's listing, in groups: one document each (one, nearly always). */
    record Listed(String meetingId, List<RawBsonDocument> groups) {
    }

    /** A row as listed: the fields its register is searched by, and its JSON. */
    private record ListedRow(JsonNode searched, byte[] json) {
    }

    /** The meeting's rows in every register, in as many groups as it needs (one, nearly always). */
    Listed listingOf(RecordRows rows) {
        MeetingRecord record = rows.record();
        List<Map<Register<?>, List<ListedRow>>> groups = new ArrayList<>();
        Map<Register<?>, List<ListedRow>> group = new LinkedHashMap<>();
        long bytes = 0;
        for (Register<?> register : registers) {
            List<String[]> paths = register.searchedBy().stream().map(path -> path.split("\\.")).toList();
            for (Register.Row row : register.listedRowsOf(rows)) {
                byte[] written = rows.json(row);
                if (written.length > ROW_BYTES) {
                    written = json.abridged(new String(written, StandardCharsets.UTF_8), ABRIDGED)
                            .getBytes(StandardCharsets.UTF_8);
                }
                if (bytes + written.length > GROUP_BYTES && bytes > 0) {
                    groups.add(group);
                    group = new LinkedHashMap<>();
                    bytes = 0;
                }
                group.computeIfAbsent(register, none -> new ArrayList<>())
                        .add(new ListedRow(searched(json.mapper(), written, paths), written));
                bytes += written.length;
            }
        }
        groups.add(group);
        List<RawBsonDocument> documents = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            documents.add(document(record.meetingId(), record.committeeId(), record.date(),
                    record.startsAt() == null ? null : record.startsAt().toString(), i, groups.get(i)));
        }
        return new Listed(record.meetingId(), documents);
    }

    /**
     * Lists rows that are no meeting's — a decision taken outside a meeting — as a listing of their own, keyed by
     * the record's id and dated by its day, so the register's queries across meetings find them beside meetings'.
     */
    public <R extends Register.Row> void listOutsideMeetings(String recordId, LocalDate date, Register<R> register,
                                                            List<R> rows) {
        List<String[]> paths = register.searchedBy().stream().map(path -> path.split("\\.")).toList();
        List<ListedRow> listed = rows.stream().map(row -> {
            byte[] written = json.bytes(row, RecordJson.Registers.class);
            return new ListedRow(searched(json.mapper(), written, paths), written);
        }).toList();
        Map<Register<?>, List<ListedRow>> group = new LinkedHashMap<>();
        group.put(register, listed);
        Writes.write(raw, List.of(), List.of(document(recordId, null, date, null, 0, group)),
                document -> document.getString("_id").getValue());
    }

    private static RawBsonDocument document(String meetingId, String committeeId, LocalDate date, String startsAt,
                                            int group, Map<Register<?>, List<ListedRow>> rows) {
        BasicOutputBuffer out = new BasicOutputBuffer();
        try (BsonBinaryWriter bson = new BsonBinaryWriter(out)) {
            bson.writeStartDocument();
            bson.writeString("_id", groupId(meetingId, group));
            bson.writeInt32("group", group);
            bson.writeString("meetingId", meetingId);
            writeText(bson, "committeeId", committeeId);
            writeText(bson, "meetingDate", date == null ? null : date.toString());
            writeText(bson, "startsAt", startsAt);
            rows.forEach((register, listed) -> {
                bson.writeStartArray(register.name());
                for (ListedRow row : listed) {
                    bson.writeStartDocument();
                    row.searched().fields().forEachRemaining(field -> {
                        bson.writeName(field.getKey());
                        JsonToBson.write(bson, field.getValue());
                    });
                    bson.writeEndDocument();
                }
                bson.writeEndArray();
            });
            bson.writeStartDocument(ROWS_JSON);
            rows.forEach((register, listed) -> bson.writeBinaryData(register.name(), new BsonBinary(Gzipped.stored(
                    BinaryValues.write(values -> {
                        for (ListedRow row : listed) {
                            values.writeInt(row.json().length);
                            values.write(row.json());
                        }
                    })).getData())));
            bson.writeEndDocument();
            bson.writeEndDocument();
        }
        return new RawBsonDocument(out.toByteArray());
    }

    private static void writeText(BsonBinaryWriter bson, String name, String text) {
        if (text == null) {
            bson.writeNull(name);
        } else {
            bson.writeString(name, text);
        }
    }

    /**
     * The row's fields at the paths its register is searched by, lists kept as lists (an agenda's titles), in the
     * order of the paths. Read from the row's JSON as a stream: only the searched values are built, the rest (an
     * agenda's business, a minute's text) is skipped over, not read into a tree first.
     */
    private static JsonNode searched(ObjectMapper mapper, byte[] row, List<String[]> paths) {
        try (JsonParser parser = mapper.createParser(row)) {
            parser.nextToken();
            return project(parser, paths, 0, mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a row it wrote", e);
        }
    }

    /** The value the parser is at, projected on the paths (from {@code depth} on); the parser is left at its end. */
    private static JsonNode project(JsonParser parser, List<String[]> paths, int depth, ObjectMapper mapper)
            throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            ArrayNode elements = mapper.createArrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                elements.add(project(parser, paths, depth, mapper));
            }
            return elements;
        }
        ObjectNode projected = mapper.createObjectNode();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return projected;
        }
        Map<String, List<String[]>> byField = new LinkedHashMap<>();
        paths.forEach(path -> byField.computeIfAbsent(path[depth], field -> new ArrayList<>()).add(path));
        Map<String, JsonNode> found = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            List<String[]> under = byField.get(parser.currentName());
            String field = parser.currentName();
            parser.nextToken();
            if (under == null) {
                parser.skipChildren();
                continue;
            }
            boolean whole = under.stream().anyMatch(path -> path.length == depth + 1);
            found.put(field, whole || parser.currentToken().isScalarValue() ? mapper.readTree(parser) : project(parser,
                    under.stream().filter(path -> path.length > depth + 1).toList(), depth + 1, mapper));
        }
        byField.keySet().stream().filter(found::containsKey).forEach(field -> projected.set(field, found.get(field)));
        return projected;
    }

    /** Writes the meetings' listings; groups a meeting no longer needs (it had more before) are deleted. */
    void write(List<Listed> listed, Map<String, Integer> groupsBefore) {
        List<RawBsonDocument> inserted = new ArrayList<>();
        List<RawBsonDocument> replaced = new ArrayList<>();
        List<WriteModel<Document>> deletes = new ArrayList<>();
        for (Listed meeting : listed) {
            Integer before = groupsBefore.get(meeting.meetingId());
            for (int i = 0; i < meeting.groups().size(); i++) {
                // a meeting listed for the first time is inserted: nearly every one, in a rebuild
                (before == null || i >= before ? inserted : replaced).add(meeting.groups().get(i));
            }
            for (int i = meeting.groups().size(); i < (before == null ? 0 : before); i++) {
                deletes.add(new DeleteOneModel<>(Filters.eq("_id", groupId(meeting.meetingId(), i))));
            }
        }
        Writes.write(raw, inserted, replaced, document -> document.getString("_id").getValue());
        if (!deletes.isEmpty()) {
            listings.bulkWrite(deletes, UNORDERED);
        }
    }

    /** Newest meetings first (a meeting whose date is not stated last), each meeting's rows in order. */
    public static final Bson NEWEST_FIRST = Sorts.orderBy(Sorts.descending("meetingDate"),
            Sorts.ascending("meetingId", "group"));
    /** Oldest meetings first, each meeting's rows in order. */
    public static final Bson OLDEST_FIRST = Sorts.ascending("meetingDate", "meetingId", "group");

    /**
     * A page of the register's rows that meet the criteria, across meetings in the given order (each meeting's
     * rows in the order of the minutes): read meeting by meeting, up to the end of the page only.
     */
    public <R extends Register.Row> Paging.Page<R> page(Register<R> register, Criteria criteria, Bson order, Paging paging) {
        long skip = paging.from();
        List<R> rows = new ArrayList<>();
        for (Document listing : find(register, criteria, order)) {
            List<Document> listed = listing.getList(register.name(), Document.class, List.of());
            RowsJson json = new RowsJson(listing, register);
            for (int i = 0; i < listed.size(); i++) {
                if (!criteria.matches(listed.get(i))) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                } else if (rows.size() == paging.limit()) {
                    return paging.of(rows, true);
                } else {
                    rows.add(rowOf(register, json.of(i, listed.get(i))));
                }
            }
        }
        return paging.of(rows, false);
    }

    /** Every row of the register that meets the criteria, across meetings: for an order on the rows' own fields. */
    public <R extends Register.Row> List<R> all(Register<R> register, Criteria criteria) {
        List<R> rows = new ArrayList<>();
        for (Document listing : find(register, criteria, OLDEST_FIRST)) {
            List<Document> listed = listing.getList(register.name(), Document.class, List.of());
            RowsJson json = new RowsJson(listing, register);
            for (int i = 0; i < listed.size(); i++) {
                if (criteria.matches(listed.get(i))) {
                    rows.add(rowOf(register, json.of(i, listed.get(i))));
                }
            }
        }
        return rows;
    }

    /** The meetings' listings with a row of the register that matches, in order, with only that register's rows. */
    private FindIterable<Document> find(Register<?> register, Criteria criteria, Bson order) {
        if (!register.searchedBy().containsAll(criteria.fields())) {
            throw new IllegalStateException("The " + register.name() + " register is searched by "
                    + register.searchedBy() + ", not by " + criteria.fields());
        }
        Bson rows = criteria.isEmpty() ? Filters.exists(register.name() + ".0")
                : Filters.elemMatch(register.name(), criteria.build());
        return listings.find(rows).sort(order).projection(Projections.include(register.name(),
                ROWS_JSON + "." + register.name()));
    }

    private <R extends Register.Row> R rowOf(Register<R> register, byte[] row) {
        return json.read(row, register.rowType(), "row of " + register.name());
    }

    /**
     * The JSON of a listing's rows of one register, in their order, unzipped when the first is asked for (a page
     * may need none of a listing's rows). A listing written before the rows' JSON was one value holds it in each row,
     * and reads so until it is written again: no rebuild is needed for the change.
     */
    private static final class RowsJson {

        private final Binary stored;
        private final String what;
        private List<byte[]> rows;

        RowsJson(Document listing, Register<?> register) {
            Document json = listing.get(ROWS_JSON, Document.class);
            this.stored = json == null ? null : json.get(register.name(), Binary.class);
            this.what = "The rows' JSON of " + register.name() + " in listing " + listing.get("_id");
        }

        byte[] of(int index, Document row) {
            if (stored == null) {
                Binary own = row.get("json", Binary.class);
                if (own == null) {
                    throw new UnreadableRecord(what + " is missing", null);
                }
                return own.getData();
            }
            if (rows == null) {
                rows = BinaryValues.read(Gzipped.unzipped(stored), what, in -> {
                    List<byte[]> read = new ArrayList<>();
                    while (in.available() > 0) {
                        read.add(in.readNBytes(in.readInt()));
                    }
                    return read;
                });
            }
            return rows.get(index);
        }
    }

    void drop() {
        listings.drop();
        createIndexes();
    }

    private void createIndexes() {
        for (Register<?> register : registers) {
            register.indexes().forEach(keys -> listings.createIndex(prefixed(register, keys),
                    new IndexOptions().background(true)));
        }
    }

    /** A register's index on its rows' fields, as an index of the listings (on the rows' array). */
    private static Bson prefixed(Register<?> register, Bson keys) {
        Document prefixed = new Document();
        keys.toBsonDocument().forEach((field, direction) -> prefixed.append(register.name() + "." + field,
                direction));
        return prefixed;
    }

    static String groupId(String meetingId, int group) {
        return group == 0 ? meetingId : meetingId + "#" + group;
    }
}
