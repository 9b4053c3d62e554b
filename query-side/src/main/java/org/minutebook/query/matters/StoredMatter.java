package org.minutebook.query.matters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A matter as the read model keeps it: its title and kind now, their corrections, the agenda items that took it
 * up (those struck out kept apart), and the records of their own that name it (scrutiny reports, decisions outside
 * meetings). One document; a path holds at most 500 items (rule {@code matter-path-full}).
 *
 * @param version the sequence number of the last of the matter's own events it holds: one delivered again changes
 *                nothing (a record naming it is linked once, whatever the times it is delivered)
 * @param linked  the records naming the matter, in the order they were recorded
 */
public record StoredMatter(String matterId, String council, String title, String kind, long version,
                           Instant openedAt, List<Step> steps, List<Correction> corrections,
                           List<StruckOut> struckOut, List<Linked> linked) {

    public StoredMatter {
        steps = List.copyOf(steps);
        corrections = List.copyOf(corrections);
        struckOut = List.copyOf(struckOut);
        linked = linked == null ? List.of() : List.copyOf(linked);
    }

    static StoredMatter empty(String matterId) {
        return new StoredMatter(matterId, null, null, null, -1, null, List.of(), List.of(), List.of(), List.of());
    }

    /** What kind of record of its own names a matter. */
    public enum LinkKind {
        SCRUTINY_REPORT,
        DECISION_OUTSIDE_MEETING
    }

    /**
     * A record of its own that named the matter when it was recorded; the page shows it only while it still does
     * (a decision taken under another matter than it was planned under has left this one).
     */
    public record Linked(LinkKind kind, String recordId) {
    }

    /** Whether the matter was opened: a record may name it before its own first event is projected. */
    boolean isOpened() {
        return openedAt != null;
    }

    StoredMatter linking(Linked record) {
        if (linked.contains(record)) {
            return this;
        }
        List<Linked> more = new ArrayList<>(linked);
        more.add(record);
        return new StoredMatter(matterId, council, title, kind, version, openedAt, steps, corrections, struckOut,
                more);
    }

    /** An agenda item that took the matter up, and when that was recorded. */
    public record Step(String meetingId, String itemId, Instant recordedAt) {
    }

    /** The title and kind as corrected, why, and when. */
    public record Correction(String title, String kind, String reason, Instant recordedAt) {
    }

    /** A step struck out of the path, why, and when. */
    public record StruckOut(String meetingId, String itemId, String reason, Instant recordedAt) {
    }

    StoredMatter opened(String council, String newTitle, String newKind, Instant at, long sequenceNumber) {
        return new StoredMatter(matterId, council, newTitle, newKind, sequenceNumber, at, steps, corrections,
                struckOut, linked);
    }

    StoredMatter corrected(Correction correction, long sequenceNumber) {
        List<Correction> more = new ArrayList<>(corrections);
        more.add(correction);
        return new StoredMatter(matterId, council, correction.title(), correction.kind(), sequenceNumber, openedAt,
                steps, more, struckOut, linked);
    }

    StoredMatter considered(Step step, long sequenceNumber) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new StoredMatter(matterId, council, title, kind, sequenceNumber, openedAt, more, corrections,
                struckOut, linked);
    }

    StoredMatter without(StruckOut step, long sequenceNumber) {
        List<Step> fewer = new ArrayList<>(steps);
        fewer.removeIf(held -> held.meetingId().equals(step.meetingId()) && held.itemId().equals(step.itemId()));
        List<StruckOut> more = new ArrayList<>(struckOut);
        more.add(step);
        return new StoredMatter(matterId, council, title, kind, sequenceNumber, openedAt, fewer, corrections, more,
                linked);
    }
}
