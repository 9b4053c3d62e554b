package org.minutebook.query.record;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.WriteModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.minutebook.events.MeetingEvent;
import org.minutebook.query.platform.RebuildableReadModel;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one projection of meeting events. For each batch of events it keeps a copy of each, applies them to each
 * meeting's stored record (loaded by id; an event the record already holds changes nothing), writes the rows of
 * every register that changed and the committees' calendars ({@link CommitteeCalendars}), and stores the records
 * last: a record's version then says that every register
 * holds it, and a batch interrupted before that is applied again. Every write is keyed and made in bulk.
 */
@Component
@ProcessingGroup(RecordProjection.NAME)
public class RecordProjection implements RebuildableReadModel {

    static final String NAME = "meeting-records";
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MeetingRecords records;
    private final MongoDatabase readModels;
    private final List<Register<?>> registers;
    private final RecordJson json;
    private final RecentRecords recent;
    private final CommitteeCalendars calendars;

    RecordProjection(MeetingRecords records, MongoDatabase readModels, List<Register<?>> registers, RecordJson json,
                     RecentRecords recent, CommitteeCalendars calendars) {
        this.records = records;
        this.recent = recent;
        this.calendars = calendars;
        this.readModels = readModels;
        this.registers = registers;
        this.json = json;
        createIndexes();
    }

    @EventHandler
    void on(MeetingEvent event, @SequenceNumber long sequenceNumber, @Timestamp Instant recordedAt) {
        RecordedEvent recorded = new RecordedEvent(sequenceNumber, recordedAt, event);
        if (!CurrentUnitOfWork.isStarted()) {
            project(Map.of(event.meetingId(), List.of(recorded)));
            return;
        }
        batch().computeIfAbsent(event.meetingId(), meeting -> new ArrayList<>()).add(recorded);
    }

    /** The events of this batch by meeting, projected once, just before the batch and its position commit. */
    private Map<String, List<RecordedEvent>> batch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        return batch.getOrComputeResource(NAME + ".batch", key -> {
            Map<String, List<RecordedEvent>> events = new LinkedHashMap<>();
            batch.onPrepareCommit(unitOfWork -> project(events));
            return events;
        });
    }

    void project(Map<String, List<RecordedEvent>> events) {
        Map<Register<?>, List<WriteModel<Document>>> rowWrites = new HashMap<>();
        List<MeetingRecord> changed = new ArrayList<>();
        events.forEach((meetingId, meetingEvents) -> {
            records.keep(meetingId, meetingEvents);
            MeetingRecord record = records.find(meetingId).orElseGet(() -> new MeetingRecord(meetingId));
            Map<Register<?>, Map<String, Document>> before = rowsOf(record);
            long version = record.version();
            for (RecordedEvent event : meetingEvents.stream()
                    .sorted(Comparator.comparingLong(RecordedEvent::sequenceNumber)).toList()) {
                record = records.fold().apply(record, event,
                        () -> records.events(meetingId, event.sequenceNumber()));
            }
            if (record.version() > version) {
                Map<Register<?>, Map<String, Document>> after = rowsOf(record);
                registers.forEach(register -> rowWrites.computeIfAbsent(register, none -> new ArrayList<>())
                        .addAll(RowChanges.between(before.get(register), after.get(register))));
                changed.add(record);
            }
        });
        rowWrites.forEach((register, writes) -> {
            if (!writes.isEmpty()) {
                collection(register).bulkWrite(writes, UNORDERED);
            }
        });
        calendars.enter(changed, registers);
        records.save(changed);
        // this instance's queries see what it projected at once, without reading it back
        changed.forEach(recent::keep);
    }

    private Map<Register<?>, Map<String, Document>> rowsOf(MeetingRecord record) {
        Map<Register<?>, Map<String, Document>> rows = new HashMap<>();
        for (Register<?> register : registers) {
            Map<String, Document> byId = new LinkedHashMap<>();
            register.storedRowsOf(record).forEach(row -> byId.put(row.id(),
                    json.document(row, RecordJson.Registers.class).append("_id", row.id())));
            rows.put(register, byId);
        }
        return rows;
    }

    /** A rebuild starts from nothing: every event copy, record and register row is dropped. */
    @Override
    public void drop() {
        recent.forget();
        calendars.drop();
        records.drop();
        registers.forEach(register -> collection(register).drop());
        createIndexes();
    }

    private void createIndexes() {
        registers.forEach(register -> register.indexes().forEach(keys -> collection(register).createIndex(keys,
                new IndexOptions().background(true))));
    }

    private MongoCollection<Document> collection(Register<?> register) {
        return readModels.getCollection(register.name());
    }
}
