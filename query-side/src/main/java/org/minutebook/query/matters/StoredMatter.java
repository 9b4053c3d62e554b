package org.minutebook.query.matters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A matter as the read model keeps it: its title and kind now, every change its own events made to its path in
 * their order ({@code entries}: the agenda items that took it up, those struck out, the corrections of its title and
 * kind), and the records of their own that name it ({@code linked}, in the order of their kind and id: they come
 * from other records' events, whose order across records a rebuild need not keep). Kept in chunks of bounded size
 * ({@link Matters}), so a path holds any number of items.
 *
 * @param version the sequence number of the last of the matter's own events it holds: one delivered again changes
 *                nothing (a record naming it is linked once, whatever the times it is delivered)
 */
public record StoredMatter(String matterId, String council, String title, String kind, long version,
                           Instant openedAt, List<PathEntry> entries, List<Linked> linked) {

    private static final Comparator<Linked> LINKS = Comparator.comparing(Linked::kind)
            .thenComparing(Linked::recordId);

    public StoredMatter {
        entries = List.copyOf(entries);
        linked = linked == null ? List.of() : List.copyOf(linked);
    }

    static StoredMatter empty(String matterId) {
        return new StoredMatter(matterId, null, null, null, -1, null, List.of(), List.of());
    }

    /** An agenda item that took the matter up, and when that was recorded. */
    public record Step(String meetingId, String itemId, Instant recordedAt) implements PathEntry {

        @Override
        public void foldInto(List<Step> steps) {
            steps.add(this);
        }
    }

    /** The title and kind as corrected, why, and when. */
    public record Correction(String title, String kind, String reason, Instant recordedAt) implements PathEntry {

        @Override
        public void foldInto(List<Step> steps) {
            // a correction of the title or kind leaves the path as it is
        }
    }

    /** A step struck out of the path, why, and when. */
    public record StruckOut(String meetingId, String itemId, String reason, Instant recordedAt) implements PathEntry {

        @Override
        public void foldInto(List<Step> steps) {
            steps.removeIf(held -> held.meetingId().equals(meetingId) && held.itemId().equals(itemId));
        }
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

    /** The items on the path now, in the order they took it up. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        entries.forEach(entry -> entry.foldInto(steps));
        return steps;
    }

    public List<Correction> corrections() {
        return entries.stream().filter(Correction.class::isInstance).map(Correction.class::cast).toList();
    }

    public List<StruckOut> struckOut() {
        return entries.stream().filter(StruckOut.class::isInstance).map(StruckOut.class::cast).toList();
    }

    /** Whether the matter was opened: a record may name it before its own first event is projected. */
    boolean isOpened() {
        return openedAt != null;
    }

    StoredMatter opened(String newCouncil, String newTitle, String newKind, Instant at, long sequenceNumber) {
        return new StoredMatter(matterId, newCouncil, newTitle, newKind, sequenceNumber, at, entries, linked);
    }

    StoredMatter corrected(Correction correction, long sequenceNumber) {
        return new StoredMatter(matterId, council, correction.title(), correction.kind(), sequenceNumber, openedAt,
                with(correction), linked);
    }

    StoredMatter considered(Step step, long sequenceNumber) {
        return new StoredMatter(matterId, council, title, kind, sequenceNumber, openedAt, with(step), linked);
    }

    StoredMatter without(StruckOut step, long sequenceNumber) {
        return new StoredMatter(matterId, council, title, kind, sequenceNumber, openedAt, with(step), linked);
    }

    /** The matter naming the record too; itself when it already does. */
    StoredMatter linking(Linked record) {
        if (linked.contains(record)) {
            return this;
        }
        List<Linked> more = new ArrayList<>(linked);
        more.add(record);
        more.sort(LINKS);
        return new StoredMatter(matterId, council, title, kind, version, openedAt, entries, more);
    }

    private List<PathEntry> with(PathEntry entry) {
        List<PathEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return more;
    }
}
