package org.minutebook.query.record;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.ref.SoftReference;
import java.util.Iterator;
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
 * {@code minutebook.projection.records-kept} records whose minutes' JSON together weigh at most
 * {@code minutebook.projection.records-kept-bytes} (the objects of a record take two to three times its JSON),
 * least recently written first out, each softly held so a heap under pressure drops them before it fails. Counted
 * only, 128 of them were fewer than the meetings a batch changes at 200 commands a second (95–222 in the freshness
 * figure on a loaded machine, every one another meeting): each batch then read back and decoded every meeting's
 * minutes (16 % of the projection's thread), so it was slower, and more meetings waited to be written in the next.
 */
@Component
class FoldedRecords {

    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final int capacity;
    private final long bytes;
    private long weight;

    FoldedRecords(@Value("${minutebook.projection.records-kept:512}") int capacity,
                  @Value("${minutebook.projection.records-kept-bytes:12582912}") long bytes) {
        this.capacity = capacity;
        this.bytes = bytes;
    }

    /** A record kept, and the weight of its minutes' JSON. */
    private record Kept(SoftReference<MeetingRecord> record, long weight) {
    }

    /** The meeting's record at that version, taken out (folding it changes it); null when none is kept at it. */
    synchronized MeetingRecord take(String meetingId, long version) {
        Kept taken = kept.remove(meetingId);
        if (taken == null) {
            return null;
        }
        weight -= taken.weight();
        MeetingRecord record = taken.record().get();
        return record != null && record.version() == version ? record : null;
    }

    /** Whether the meeting's record is kept at that version (then its stored minutes need not be read). */
    synchronized boolean holds(String meetingId, long version) {
        Kept found = kept.get(meetingId);
        MeetingRecord record = found == null ? null : found.record().get();
        return record != null && record.version() == version;
    }

    /**
     * The record as just written: at the version its stored answers now say, its minutes' JSON of that weight; the
     * least recently written go, until the rest are within the count and the weight.
     */
    synchronized void keep(MeetingRecord record, long minutesWeight) {
        if (record.version() < 0 || minutesWeight > bytes) {
            return;
        }
        Kept before = kept.put(record.meetingId(), new Kept(new SoftReference<>(record), minutesWeight));
        weight += minutesWeight - (before == null ? 0 : before.weight());
        Iterator<Kept> eldest = kept.values().iterator();
        while (kept.size() > capacity || weight > bytes) {
            weight -= eldest.next().weight();
            eldest.remove();
        }
    }

    /** For a rebuild: what was written before is dropped. */
    synchronized void clear() {
        kept.clear();
        weight = 0;
    }
}
