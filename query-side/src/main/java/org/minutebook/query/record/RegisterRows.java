package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

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

    RegisterRows(VisibleRecords records, RecordJson json, MongoDatabase readModels) {
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

    /** The rows as the register's collection holds them, without their storage keys. */
    public List<Document> documents(Register<?> register, MeetingRecord record) {
        return register.rowsOf(record).stream().map(row -> json.document(row, RecordJson.Registers.class)).toList();
    }
}
