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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one projection of meeting events. Each event is applied, as it is handled, to its meeting's record (loaded by
 * id once a batch; an event the record already holds changes nothing), so one that cannot be applied fails alone
 * and is parked as a dead letter ({@link RecordBatch}). Then, once a batch, it keeps a copy of each event, writes
 * the rows of every register that changed and the committees' calendars ({@link CommitteeCalendars}), and stores
 * the records last: a record's version then says that every register holds it, and a batch interrupted before
 * that is applied again. Every write is keyed and made in bulk.
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
        NestingBound.check(event);
        RecordedEvent recorded = new RecordedEvent(sequenceNumber, recordedAt, event);
        if (!CurrentUnitOfWork.isStarted()) {
            RecordBatch alone = new RecordBatch(records, this::rowsOf);
            alone.add(event.meetingId(), recorded);
            write(alone);
            return;
        }
        batch().add(event.meetingId(), recorded);
    }

    /**
     * This unit of work's batch: its events are folded as they are handled (a failing one then fails alone, and is
     * parked), and what folded is written once, just before the batch and its position commit.
     */
    private RecordBatch batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(NAME + ".batch", key -> {
            RecordBatch batch = new RecordBatch(records, this::rowsOf);
            unitOfWork.onPrepareCommit(committing -> write(batch));
            return batch;
        });
    }

    private void write(RecordBatch batch) {
        Map<Register<?>, List<WriteModel<Document>>> rowWrites = new HashMap<>();
        List<MeetingRecord> changed = new ArrayList<>();
        for (RecordBatch.Meeting meeting : batch.meetings()) {
            records.keep(meeting.meetingId, meeting.events);
            if (meeting.record.version() > meeting.storedVersion) {
                Map<Register<?>, Map<String, Document>> after = rowsOf(meeting.record);
                registers.forEach(register -> rowWrites.computeIfAbsent(register, none -> new ArrayList<>())
                        .addAll(RowChanges.between(meeting.rowsBefore.get(register), after.get(register))));
                changed.add(meeting.record);
            }
        }
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
