package org.minutebook.query.record;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The meetings of one batch, each folded event by event as its events arrive, so that an event that cannot be
 * folded fails on its own (and is parked, its meeting's later events behind it) instead of failing the batch. The
 * batch then writes what folded, once, in bulk.
 */
final class RecordBatch {

    /** A meeting of the batch: its record as stored, that record's register rows, and the batch's events folded. */
    static final class Meeting {

        final String meetingId;
        final long storedVersion;
        final Map<Register<?>, Map<String, Document>> rowsBefore;
        final List<RecordedEvent> events = new ArrayList<>();
        MeetingRecord record;

        private Meeting(String meetingId, MeetingRecord stored, Map<Register<?>, Map<String, Document>> rows) {
            this.meetingId = meetingId;
            this.record = stored;
            this.storedVersion = stored.version();
            this.rowsBefore = rows;
        }
    }

    private final MeetingRecords records;
    private final Function<MeetingRecord, Map<Register<?>, Map<String, Document>>> rowsOf;
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();

    RecordBatch(MeetingRecords records, Function<MeetingRecord, Map<Register<?>, Map<String, Document>>> rowsOf) {
        this.records = records;
        this.rowsOf = rowsOf;
    }

    /** Folds the event into its meeting's record; if it fails, the meeting is as if the event had not come. */
    void add(String meetingId, RecordedEvent event) {
        Meeting meeting = meetings.computeIfAbsent(meetingId, this::load);
        try {
            fold(meeting, event);
        } catch (RuntimeException failed) {
            // the failed event may have changed the record half-way: fold the meeting again without it
            Meeting without = load(meetingId);
            meeting.events.forEach(folded -> fold(without, folded));
            meetings.put(meetingId, without);
            throw failed;
        }
    }

    Collection<Meeting> meetings() {
        return meetings.values();
    }

    private Meeting load(String meetingId) {
        MeetingRecord stored = records.find(meetingId).orElseGet(() -> new MeetingRecord(meetingId));
        return new Meeting(meetingId, stored, rowsOf.apply(stored));
    }

    private void fold(Meeting meeting, RecordedEvent event) {
        meeting.record = records.fold().apply(meeting.record, event, () -> history(meeting, event));
        meeting.events.add(event);
    }

    /** The meeting's events up to this one: those stored, and this batch's, which are not stored yet. */
    private List<RecordedEvent> history(Meeting meeting, RecordedEvent event) {
        Map<Long, RecordedEvent> bySequence = new TreeMap<>();
        records.events(meeting.meetingId, event.sequenceNumber())
                .forEach(stored -> bySequence.put(stored.sequenceNumber(), stored));
        meeting.events.stream().filter(folded -> folded.sequenceNumber() < event.sequenceNumber())
                .forEach(folded -> bySequence.put(folded.sequenceNumber(), folded));
        bySequence.put(event.sequenceNumber(), event);
        return new ArrayList<>(bySequence.values());
    }
}
