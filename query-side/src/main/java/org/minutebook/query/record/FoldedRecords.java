package org.minutebook.query.record;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The records the projection last wrote, kept folded between batches, so a meeting's next event is folded onto
 * its record as it is rather than onto its stored minutes decoded again: live, a batch holds a few events of each
 * of many meetings, and reading each meeting's whole record back from JSON cost as much as writing it.
 * <p>
 * A record is folded in place, so one is <em>taken</em> out when a batch loads it and kept again only once the
 * batch has written it: a batch that fails half-way leaves nothing here that is ahead of what is stored. One is used
 * only at the version the meeting's stored answers are at (another instance may have written it since). At most
 * {@code minutebook.projection.records-kept} records (a published meeting's record is some 100 KB of objects, so
 * about 12 MB of the 256 MB heap), least recently written first out, each softly held so a heap under pressure
 * drops them before it fails.
 */
@Component
class FoldedRecords {

    private final Map<String, SoftReference<MeetingRecord>> kept;

    FoldedRecords(@Value("${minutebook.projection.records-kept:128}") int capacity) {
        this.kept = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SoftReference<MeetingRecord>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The meeting's record at that version, taken out (folding it changes it); null when none is kept at it. */
    synchronized MeetingRecord take(String meetingId, long version) {
        SoftReference<MeetingRecord> reference = kept.remove(meetingId);
        MeetingRecord record = reference == null ? null : reference.get();
        return record != null && record.version() == version ? record : null;
    }

    /** Whether the meeting's record is kept at that version (then its stored minutes need not be read). */
    synchronized boolean holds(String meetingId, long version) {
        SoftReference<MeetingRecord> reference = kept.get(meetingId);
        MeetingRecord record = reference == null ? null : reference.get();
        return record != null && record.version() == version;
    }

    /** The record as just written: at the version its stored answers now say. */
    synchronized void keep(MeetingRecord record) {
        if (record.version() >= 0) {
            kept.put(record.meetingId(), new SoftReference<>(record));
        }
    }

    /** For a rebuild: what was written before is dropped. */
    synchronized void clear() {
        kept.clear();
    }
}
