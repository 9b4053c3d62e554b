package org.minutebook.query.oparl;

import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.Fact;
import org.minutebook.query.record.MeetingRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When the objects of a meeting were created and last modified, from the record's own times (each event's
 * timestamp): a fact was created when its event was recorded and modified when a correction of it was; an agenda
 * item by the events that described it and the business minuted under it; the meeting by its first and last events.
 */
record MeetingTimes(MeetingRecord record) {

    /** A creation and a last modification, as OParl writes them. */
    record Span(String created, String modified) {
    }

    Span meeting() {
        return new Span(OParlTime.recorded(record.recordedAt(0)), OParlTime.recorded(record.recordedAt(
                record.version())));
    }

    /** The span of the events with these sequence numbers and the corrections of them. */
    Span of(Collection<Long> sequenceNumbers) {
        List<Instant> times = new ArrayList<>();
        sequenceNumbers.forEach(sequenceNumber -> times.add(record.recordedAt(sequenceNumber)));
        Set<Long> corrected = Set.copyOf(sequenceNumbers);
        record.corrections().stream().filter(correction -> corrected.contains(correction.correctsSequenceNumber()))
                .forEach(correction -> times.add(correction.recordedAt()));
        List<Instant> known = times.stream().filter(Objects::nonNull).sorted().toList();
        return known.isEmpty() ? meeting() : new Span(OParlTime.recorded(known.get(0)),
                OParlTime.recorded(known.get(known.size() - 1)));
    }

    Span of(Fact fact) {
        return of(List.of(fact.sequenceNumber()));
    }

    /** An item: the events that described it and what was minuted under it. */
    Span of(AgendaItem item) {
        List<Long> events = new ArrayList<>(item.business().stream().map(Fact::sequenceNumber)
                .collect(Collectors.toList()));
        record.described(item.itemId()).ifPresent(described -> {
            events.add(described.first());
            events.add(described.last());
        });
        return of(events);
    }

    /** The item's documents: the events that described it. */
    Span documentsOf(AgendaItem item) {
        return record.described(item.itemId()).map(described -> of(List.of(described.first(), described.last())))
                .orElseGet(this::meeting);
    }
}
