package org.minutebook.query.matters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A matter as the read model keeps it: its title and kind now, their corrections, and the agenda items that took it
 * up (those struck out kept apart). One document; a path holds at most 500 items (rule {@code matter-path-full}).
 *
 * @param version the sequence number of the last event it holds: an event delivered again changes nothing
 */
public record StoredMatter(String matterId, String council, String title, String kind, long version,
                           Instant openedAt, List<Step> steps, List<Correction> corrections,
                           List<StruckOut> struckOut) {

    public StoredMatter {
        steps = List.copyOf(steps);
        corrections = List.copyOf(corrections);
        struckOut = List.copyOf(struckOut);
    }

    static StoredMatter empty(String matterId) {
        return new StoredMatter(matterId, null, null, null, -1, null, List.of(), List.of(), List.of());
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
                struckOut);
    }

    StoredMatter corrected(Correction correction, long sequenceNumber) {
        List<Correction> more = new ArrayList<>(corrections);
        more.add(correction);
        return new StoredMatter(matterId, council, correction.title(), correction.kind(), sequenceNumber, openedAt,
                steps, more, struckOut);
    }

    StoredMatter considered(Step step, long sequenceNumber) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new StoredMatter(matterId, council, title, kind, sequenceNumber, openedAt, more, corrections,
                struckOut);
    }

    StoredMatter without(StruckOut step, long sequenceNumber) {
        List<Step> fewer = new ArrayList<>(steps);
        fewer.removeIf(held -> held.meetingId().equals(step.meetingId()) && held.itemId().equals(step.itemId()));
        List<StruckOut> more = new ArrayList<>(struckOut);
        more.add(step);
        return new StoredMatter(matterId, council, title, kind, sequenceNumber, openedAt, fewer, corrections, more);
    }
}
