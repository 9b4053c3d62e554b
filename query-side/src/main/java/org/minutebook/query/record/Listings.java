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
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;
import org.minutebook.query.platform.Criteria;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.UnreadableRecord;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every meeting's rows in every register, for the queries across meetings (a period's meetings, a member's
 * declarations, the decisions with some words): one document a meeting ({@value #LISTINGS}), its meeting's
 * committee and date beside an array of rows per register, so that a rebuild writes a meeting's rows as one
 * document, not one a row. A real MongoDB indexes the rows' fields (multikey indexes); the queries read the
 * meetings that hold a matching row, newest first, and keep the rows that match.
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
    static final int GROUP_CHARS = 1024 * 1024;
    static final int ABRIDGED = 64 * 1024;
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

    /** A meeting's rows as stored, in groups: what the listing of each is written as, JSON text. */
    record Listed(String meetingId, List<String> groups) {
    }

    /** The meeting's rows in every register, in as many groups as it needs (one, nearly always). */
    Listed listingOf(RecordRows rows) {
        MeetingRecord record = rows.record();
        String meeting = "\"meetingId\":" + json.write(record.meetingId())
                + ",\"committeeId\":" + json.write(record.committeeId())
                + ",\"meetingDate\":" + json.write(record.date() == null ? null : record.date().toString())
                + ",\"startsAt\":" + json.write(record.startsAt() == null ? null : record.startsAt().toString());
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        StringBuilder field = new StringBuilder();
        for (Register<?> register : registers) {
            field.setLength(0);
            for (Register.Row row : register.listedRowsOf(rows)) {
                String written = new String(rows.json(row), java.nio.charset.StandardCharsets.UTF_8);
                if (written.length() > GROUP_CHARS) {
                    written = json.abridged(written, ABRIDGED);
                }
                if (group.length() + field.length() + written.length() > GROUP_CHARS && (group.length() > 0
                        || field.length() > 0)) {
                    close(group, field, register);
                    groups.add(group.toString());
                    group.setLength(0);
                    field.setLength(0);
                }
                field.append(field.length() == 0 ? "" : ",").append(written);
            }
            close(group, field, register);
        }
        groups.add(group.toString());
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            documents.add("{\"_id\":" + json.write(groupId(record.meetingId(), i)) + ",\"group\":" + i + ","
                    + meeting + groups.get(i) + "}");
        }
        return new Listed(record.meetingId(), documents);
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
                (before == null || i >= before ? inserted : replaced).add(JsonToBson.convert(meeting.groups().get(i)));
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
            for (Document row : listing.getList(register.name(), Document.class, List.of())) {
                if (!criteria.matches(row)) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                } else if (rows.size() == paging.limit()) {
                    return paging.of(rows, true);
                } else {
                    rows.add(rowOf(register, row));
                }
            }
        }
        return paging.of(rows, false);
    }

    /** Every row of the register that meets the criteria, across meetings: for an order on the rows' own fields. */
    public <R extends Register.Row> List<R> all(Register<R> register, Criteria criteria) {
        List<R> rows = new ArrayList<>();
        for (Document listing : find(register, criteria, OLDEST_FIRST)) {
            listing.getList(register.name(), Document.class, List.of()).stream().filter(criteria::matches)
                    .forEach(row -> rows.add(rowOf(register, row)));
        }
        return rows;
    }

    /** The meetings' listings with a row of the register that matches, in order, with only that register's rows. */
    private FindIterable<Document> find(Register<?> register, Criteria criteria, Bson order) {
        Bson rows = criteria.isEmpty() ? Filters.exists(register.name() + ".0")
                : Filters.elemMatch(register.name(), criteria.build());
        return listings.find(rows).sort(order).projection(Projections.include(register.name()));
    }

    private <R extends Register.Row> R rowOf(Register<R> register, Document row) {
        try {
            return json.mapper().convertValue(row, register.rowType());
        } catch (IllegalArgumentException unreadable) {
            throw new UnreadableRecord("Unreadable stored row of " + register.name() + " " + row, unreadable);
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

    private static void close(StringBuilder group, StringBuilder field, Register<?> register) {
        if (field.length() > 0) {
            group.append(",\"").append(register.name()).append("\":[").append(field).append(']');
        }
    }

    static String groupId(String meetingId, int group) {
        return group == 0 ? meetingId : meetingId + "#" + group;
    }
}
