package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each committee's meetings, newest first, with how many rows each has in every register (all of them, and those
 * the public reads): one document a committee, read by its id. A register's rows of one committee are then
 * listed page by page from the records of only the meetings on that page, with no query on any other field, so
 * that the embedded MongoDB-wire server (which scans a collection for any other query) answers as fast as a real
 * MongoDB with its indexes.
 */
@Component
public class CommitteeCalendars {

    static final String CALENDARS = "committee_calendars";
    /** Newest first, a meeting whose date is not stated last (as a descending sort on MongoDB), then by id. */
    static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing(Entry::date, Comparator.nullsFirst(Comparator.<String>naturalOrder())).reversed()
            .thenComparing(Entry::meetingId);
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> calendars;

    CommitteeCalendars(MongoDatabase readModels) {
        this.calendars = readModels.getCollection(CALENDARS);
    }

    /** A meeting on a committee's calendar: its date (ISO, or null) and its rows by register. */
    public record Entry(String meetingId, String date, Map<String, Integer> rows, Map<String, Integer> publicRows) {

        /** The meeting's rows in the register that the caller reads. */
        public int rows(String register, boolean readsExemptBusiness) {
            return (readsExemptBusiness ? rows : publicRows).getOrDefault(register, 0);
        }
    }

    /** The committee's meetings, newest first; none before anything of it is projected. */
    public List<Entry> of(String committeeId) {
        Document calendar = calendars.find(Filters.eq("_id", committeeId)).first();
        return calendar == null ? List.of() : entries(calendar);
    }

    /** Enters the records' meetings (new or changed) on their committees' calendars, in one bulk write. */
    void enter(List<MeetingRecord> changed, List<Register<?>> registers) {
        Map<String, List<MeetingRecord>> byCommittee = new LinkedHashMap<>();
        changed.stream().filter(record -> record.committeeId() != null)
                .forEach(record -> byCommittee.computeIfAbsent(record.committeeId(), id -> new ArrayList<>())
                        .add(record));
        if (byCommittee.isEmpty()) {
            return;
        }
        Map<String, List<Entry>> calendarsNow = new HashMap<>();
        calendars.find(Filters.in("_id", byCommittee.keySet()))
                .forEach(calendar -> calendarsNow.put(calendar.getString("_id"), entries(calendar)));
        List<WriteModel<Document>> writes = new ArrayList<>();
        byCommittee.forEach((committeeId, records) -> {
            Map<String, Entry> entries = new LinkedHashMap<>();
            calendarsNow.getOrDefault(committeeId, List.of()).forEach(entry -> entries.put(entry.meetingId(), entry));
            records.forEach(record -> entries.put(record.meetingId(), entryOf(record, registers)));
            List<Entry> sorted = entries.values().stream().sorted(NEWEST_FIRST).toList();
            writes.add(new ReplaceOneModel<>(Filters.eq("_id", committeeId), document(committeeId, sorted), UPSERT));
        });
        calendars.bulkWrite(writes);
    }

    void drop() {
        calendars.drop();
    }

    private static Entry entryOf(MeetingRecord record, List<Register<?>> registers) {
        MeetingRecord published = record.asPublished(record);
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> publicRows = new LinkedHashMap<>();
        for (Register<?> register : registers) {
            rows.put(register.name(), register.rowsOf(record).size());
            publicRows.put(register.name(), register.rowsOf(published).size());
        }
        return new Entry(record.meetingId(), Objects.toString(record.date(), null), rows, publicRows);
    }

    private static Document document(String committeeId, List<Entry> entries) {
        List<Document> meetings = entries.stream().map(entry -> new Document("meetingId", entry.meetingId())
                .append("date", entry.date()).append("rows", new Document(new LinkedHashMap<>(entry.rows())))
                .append("publicRows", new Document(new LinkedHashMap<>(entry.publicRows())))).toList();
        return new Document("_id", committeeId).append("meetings", meetings);
    }

    private static List<Entry> entries(Document calendar) {
        return calendar.getList("meetings", Document.class).stream().map(meeting -> new Entry(
                meeting.getString("meetingId"), meeting.getString("date"), counts(meeting.get("rows", Document.class)),
                counts(meeting.get("publicRows", Document.class)))).toList();
    }

    private static Map<String, Integer> counts(Document counts) {
        Map<String, Integer> byRegister = new LinkedHashMap<>();
        counts.forEach((register, count) -> byRegister.put(register, ((Number) count).intValue()));
        return byRegister;
    }
}
