package org.minutebook.command.imports;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.events.imports.ImportedFact;
import org.minutebook.events.imports.MinutesImported;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the event store holds of a meeting an import is about: whether anything is recorded, the last import and
 * its facts by key, and the type of each event, which a correction must keep.
 */
record StoredImport(boolean recorded, MinutesImported lastImport, Map<Long, Class<?>> types) {

    static StoredImport of(EventStore eventStore, String meetingId) {
        MinutesImported last = null;
        Map<Long, Class<?>> types = new HashMap<>();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(meetingId).asStream().toList();
        for (DomainEventMessage<?> event : events) {
            types.put(event.getSequenceNumber(), event.getPayloadType());
            if (event.getPayload() instanceof MinutesImported imported) {
                last = imported;
            }
        }
        return new StoredImport(!events.isEmpty(), last, types);
    }

    Map<String, ImportedFact> factsByKey() {
        Map<String, ImportedFact> facts = new LinkedHashMap<>();
        if (lastImport != null) {
            lastImport.facts().forEach(fact -> facts.put(fact.key(), fact));
        }
        return facts;
    }
}
