package org.minutebook.query.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The meetings of one batch, each folded event by event as its events arrive, so that an event that cannot be
 * folded fails on its own (and is parked, its meeting's later events behind it) instead of failing the batch. The
 * batch then writes what folded, once, in bulk. The meetings' stored records are read in one go when the batch is
 * known ({@link #prefetch}); a record the projection wrote last and kept folded ({@link FoldedRecords}) is folded on
 * as it is, not decoded again.
 */
final class RecordBatch {

    /**
     * Where a meeting stood in its committee's registers before the batch: its committee, its place, and the
     * registers kept per committee it had rows in (null when nothing of it was stored).
     */
    record Before(String committeeId, CommitteeRegisters.Key key, Set<String> registersWithRows) {

        static Before of(MeetingRecord record, List<Register<?>> perCommittee) {
            Set<String> withRows = new HashSet<>();
            perCommittee.stream().filter(register -> !register.rowsOf(record).isEmpty())
                    .forEach(register -> withRows.add(register.name()));
            return new Before(record.committeeId(), CommitteeRegisters.keyOf(record), withRows);
        }
    }

    /** A meeting of the batch: what is stored of it, and the batch's events folded onto its record. */
    static final class Meeting {

        final String meetingId;
        final StoredAnswers.Stored stored;
        final Before before;
        final List<RecordedEvent> events = new ArrayList<>();
        /** The JSON each event arrived as, by sequence number, where known: its copy keeps it as it is. */
        final Map<Long, byte[]> json = new HashMap<>();
        MeetingRecord record;

        private Meeting(String meetingId, StoredAnswers.Stored stored, Before before, MeetingRecord record) {
            this.meetingId = meetingId;
            this.stored = stored;
            this.before = before;
            this.record = record;
        }

        long storedVersion() {
            return stored == null ? -1 : stored.version();
        }
    }

    private final MeetingRecords records;
    private final FoldedRecords folded;
    private final RecordJson json;
    private final List<Register<?>> perCommittee;
    private final Map<String, StoredAnswers.Read> prefetched = new HashMap<>();
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    /** The meetings whose minutes were not read: their records were kept folded at the version stored. */
    private final Set<String> keptFolded = new HashSet<>();
    final BatchTimes times = new BatchTimes();

    RecordBatch(MeetingRecords records, FoldedRecords folded, RecordJson json, List<Register<?>> perCommittee) {
        this.records = records;
        this.folded = folded;
        this.json = json;
        this.perCommittee = perCommittee;
    }

    /**
     * Reads what is stored of the batch's meetings in one go, before their events are folded: the minutes only of
     * those not kept folded at their stored version.
     */
    void prefetch(Collection<String> meetingIds) {
        List<String> unread = meetingIds.stream().distinct()
                .filter(id -> !prefetched.containsKey(id) && !meetings.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            Map<String, StoredAnswers.Read> stored = records.storedAnswers().stored(unread, found -> {
                boolean kept = folded.holds(found.meetingId(), found.version());
                if (kept) {
                    keptFolded.add(found.meetingId());
                }
                return !kept;
            });
            unread.forEach(id -> prefetched.put(id, stored.get(id)));
        }
    }

    /**
     * Folds the event into its meeting's record (with the JSON it arrived as, when known, or null); if it fails,
     * the meeting is as if the event had not come.
     */
    void add(String meetingId, RecordedEvent event, byte[] json) {
        if (!meetings.containsKey(meetingId) && storedVersion(meetingId) >= event.sequenceNumber()) {
            // delivered again (at-least-once, a republication): the stored record holds it, as the fold would find
            // after decoding the record; a meeting whose events all came before is not read, folded or written
            return;
        }
        Meeting meeting = meetings.computeIfAbsent(meetingId, this::load);
        try {
            fold(meeting, event);
            if (json != null) {
                meeting.json.put(event.sequenceNumber(), json);
            }
        } catch (RuntimeException failed) {
            // the failed event may have changed the record half-way: fold the meeting again without it
            Meeting without = load(meetingId);
            meeting.events.forEach(folded -> fold(without, folded));
            without.json.putAll(meeting.json);
            meetings.put(meetingId, without);
            throw failed;
        }
    }

    Collection<Meeting> meetings() {
        return meetings.values();
    }

    /** How many of the batch's meetings its events changed. */
    int changed() {
        return (int) meetings.values().stream().filter(meeting -> meeting.record.version() > meeting.storedVersion())
                .count();
    }

    /** The version of the meeting's stored record, -1 when none is stored (then every event is folded). */
    private long storedVersion(String meetingId) {
        StoredAnswers.Stored stored = stored(meetingId);
        return stored == null || stored.minutes() == null && !keptFolded.contains(meetingId) ? -1 : stored.version();
    }

    private StoredAnswers.Stored stored(String meetingId) {
        if (!prefetched.containsKey(meetingId)) {
            prefetch(List.of(meetingId));
        }
        StoredAnswers.Read read = prefetched.get(meetingId);
        return read == null ? null : read.orThrow();
    }

    private Meeting load(String meetingId) {
        StoredAnswers.Stored stored = stored(meetingId);
        MeetingRecord record = stored == null ? null : folded.take(meetingId, stored.version());
        if (record == null && stored != null && stored.minutes() == null && keptFolded.remove(meetingId)) {
            // kept folded when looked at, taken since (folded by this batch, which failed on one of its events, or
            // by a dead letter tried again): its minutes are read after all
            prefetched.put(meetingId, records.storedAnswers().stored(List.of(meetingId), found -> true)
                    .get(meetingId));
            stored = stored(meetingId);
        }
        if (record == null && (stored == null || stored.minutes() == null)) {
            return new Meeting(meetingId, stored, null, new MeetingRecord(meetingId));
        }
        if (record == null) {
            record = json.read(stored.minutes(), MeetingRecord.class, "MeetingRecord " + meetingId);
        }
        // taken before folding: the record is folded in place
        return new Meeting(meetingId, stored, Before.of(record, perCommittee), record);
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
