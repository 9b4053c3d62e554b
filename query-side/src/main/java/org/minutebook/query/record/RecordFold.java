package org.minutebook.query.record;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minutebook.events.corrections.FactCorrected;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Folds a meeting's events, in order, into its {@link MeetingRecord}. Corrections are applied first: the corrected
 * event is read as its replacement (fields given replace the original's) or struck out, and the facts it records
 * are marked corrected. Folding only the events recorded up to an instant gives the record as it stood then.
 */
public final class RecordFold {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Map<Class<?>, BiConsumer<Fold, Object>> appliers = new HashMap<>();

    public RecordFold(ObjectMapper json) {
        this.json = json;
        new MeetingLifeFolding().register(this);
        new AttendanceFolding().register(this);
        new ItemFolding().register(this);
    }

    <E> void on(Class<E> type, BiConsumer<Fold, E> applier) {
        appliers.put(type, (fold, event) -> applier.accept(fold, type.cast(event)));
    }

    public MeetingRecord fold(List<RecordedEvent> events) {
        Map<Long, RecordedEvent> effective = new LinkedHashMap<>();
        Map<Long, Boolean> corrected = new HashMap<>();
        events.forEach(event -> effective.put(event.sequenceNumber(), event));
        MeetingRecord record = new MeetingRecord();
        for (RecordedEvent event : events) {
            if (event.event() instanceof FactCorrected correction) {
                RecordedEvent original = effective.get(correction.correctsSequenceNumber());
                effective.put(correction.correctsSequenceNumber(),
                        original == null ? null : corrected(original, correction));
                corrected.put(correction.correctsSequenceNumber(), true);
                Map<String, Object> noted = fields(correction);
                noted.put("sequenceNumber", event.sequenceNumber());
                noted.put("recordedAt", event.recordedAt());
                record.corrections.add(noted);
            }
        }
        for (RecordedEvent event : events) {
            RecordedEvent current = effective.get(event.sequenceNumber());
            if (current != null && !(current.event() instanceof FactCorrected)) {
                BiConsumer<Fold, Object> applier = appliers.get(current.event().getClass());
                if (applier != null) {
                    applier.accept(new Fold(record, current.sequenceNumber(),
                            corrected.getOrDefault(current.sequenceNumber(), false)), current.event());
                }
            }
            record.version = Math.max(record.version, event.sequenceNumber());
        }
        return record;
    }

    private RecordedEvent corrected(RecordedEvent original, FactCorrected correction) {
        if (correction.replacement() == null) {
            return null;
        }
        Map<String, Object> merged = fields(original.event());
        merged.putAll(correction.replacement());
        return new RecordedEvent(original.sequenceNumber(), original.recordedAt(),
                json.convertValue(merged, original.event().getClass()));
    }

    Map<String, Object> fields(Object event) {
        return json.convertValue(event, FIELDS);
    }

    /** The record being built, and where the event being applied sits in the meeting's stream. */
    final class Fold {

        final MeetingRecord record;
        final long sequenceNumber;
        final boolean corrected;

        Fold(MeetingRecord record, long sequenceNumber, boolean corrected) {
            this.record = record;
            this.sequenceNumber = sequenceNumber;
            this.corrected = corrected;
        }

        /** The event as a fact: which fact it is, its sequence number, its fields but the meeting and item ids. */
        Map<String, Object> fact(String kind, Object event) {
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("fact", kind);
            fact.put("sequenceNumber", sequenceNumber);
            fields(event).forEach((field, value) -> {
                if (!field.equals("meetingId") && !field.equals("itemId")) {
                    fact.put(field, value);
                }
            });
            if (corrected) {
                fact.put("corrected", true);
            }
            return fact;
        }

        MeetingRecord.Item item(String itemId) {
            MeetingRecord.Item item = record.item(itemId);
            if (item == null) {
                // an item struck out by a correction: keep its business visible under a placeholder
                item = new MeetingRecord.Item();
                item.itemId = itemId;
                item.title = "(item " + itemId + ")";
                item.position = record.items.size() + 1;
                record.items.add(item);
            }
            return item;
        }

        void itemFact(String itemId, String kind, Object event) {
            MeetingRecord.Item item = item(itemId);
            item.business.add(fact(kind, event));
            if (item.status.equals("TO_BE_CONSIDERED")) {
                item.status = "CONSIDERED";
            }
        }

        /** The fact of the given kind whose field has the value, to update it with a later event. */
        Map<String, Object> findFact(String kind, String field, Object value) {
            List<Map<String, Object>> all = new ArrayList<>(record.generalDeclarations);
            record.items.forEach(item -> all.addAll(item.business));
            return all.stream()
                    .filter(fact -> kind.equals(fact.get("fact")) && Objects.equals(value, fact.get(field)))
                    .findFirst()
                    .orElseGet(LinkedHashMap::new);
        }
    }
}
