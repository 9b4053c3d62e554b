package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.minutebook.query.platform.Paging;
import org.minutebook.query.platform.Readers;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A register's rows of one meeting, answered straight from the meeting's record (one read by id), so they are
 * exactly as of the record's version, and rows of one meeting never need a query on another field.
 */
@Component
public class RegisterRows {

    private final VisibleRecords records;
    private final RecordJson json;
    private final MongoDatabase readModels;
    private final CommitteeCalendars calendars;

    RegisterRows(VisibleRecords records, RecordJson json, MongoDatabase readModels, CommitteeCalendars calendars) {
        this.calendars = calendars;
        this.records = records;
        this.json = json;
        this.readModels = readModels;
    }

    /** The register's collection, with every meeting's rows, for queries across meetings. */
    public MongoCollection<Document> collection(Register<?> register) {
        return readModels.getCollection(register.name());
    }

    /**
     * The meeting's rows as the caller may read them, once the record holds {@code minVersion}; none when nothing
     * of it is projected.
     */
    public List<Document> of(Register<?> register, String meetingId, Long minVersion) {
        return records.find(meetingId, minVersion, register.name())
                .map(record -> documents(register, record))
                .orElse(List.of());
    }

    /**
     * A page of the register's rows of one committee's meetings, newest meetings first and each meeting's rows in
     * the order of the minutes (as the register's collection sorts them), as the caller may read them: from the
     * committee's calendar and the records of the meetings on the page only, every read by id.
     */
    public Paging.Page ofCommittee(Register<?> register, String committeeId, Paging paging) {
        boolean all = Readers.readExemptBusiness();
        long from = (long) paging.page() * paging.limit();
        long to = from + paging.limit();
        List<Document> page = new ArrayList<>();
        long at = 0;
        for (CommitteeCalendars.Entry meeting : calendars.of(committeeId)) {
            int count = meeting.rows(register.name(), all);
            if (count > 0 && at + count > from && at < to) {
                List<Document> rows = of(register, meeting.meetingId(), null);
                for (int i = 0; i < rows.size(); i++) {
                    if (at + i >= from && at + i < to) {
                        page.add(rows.get(i));
                    }
                }
            }
            at += count;
        }
        return new Paging.Page(page, paging.page(), paging.limit(), at > to ? paging.page() + 1 : null);
    }

    /** The rows as the register's collection holds them, without their storage keys. */
    public List<Document> documents(Register<?> register, MeetingRecord record) {
        return register.rowsOf(record).stream().map(row -> json.document(row, RecordJson.Registers.class)).toList();
    }
}
