package org.minutebook.command.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.command.platform.NotRecorded;
import org.minutebook.events.EventVersion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A meeting's (or committee's) full event history from the event store, in order: the record itself, as audit
 * teams replay it.
 */
@RestController
@RequestMapping("/api")
class HistoryController {

    private final EventStore eventStore;

    HistoryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @GetMapping("/meetings/{meetingId}/history")
    List<RecordedEvent> meetingHistory(@PathVariable String meetingId) {
        return history(meetingId, "meeting");
    }

    @GetMapping("/committees/{committeeId}/history")
    List<RecordedEvent> committeeHistory(@PathVariable String committeeId) {
        return history(committeeId, "committee");
    }

    private List<RecordedEvent> history(String id, String kind) {
        List<RecordedEvent> events = eventStore.readEvents(id).asStream().map(RecordedEvent::of).toList();
        if (events.isEmpty()) {
            throw new NotRecorded("No " + kind + " " + id + " is recorded");
        }
        return events;
    }

    /**
     * One event as stored: its place in the stream, identity, type and schema version, when and by whom it was
     * recorded, in which request, its correlation (the first message of the conversation) and causation (the
     * command that recorded it), and its data.
     */
    record RecordedEvent(long sequenceNumber, String eventId, String type, Integer schemaVersion,
                         Instant recordedAt, Object recordedBy, Object requestId, Object correlationId,
                         Object causationId, Object data) {

        static RecordedEvent of(DomainEventMessage<?> event) {
            EventVersion version = event.getPayloadType().getAnnotation(EventVersion.class);
            Map<String, Object> metadata = event.getMetaData();
            // Axon names the root message traceId and the causing message correlationId
            return new RecordedEvent(event.getSequenceNumber(), event.getIdentifier(),
                    event.getPayloadType().getName(), version == null ? null : version.value(),
                    event.getTimestamp(), metadata.get("recordedBy"), metadata.get("requestId"),
                    metadata.get("traceId"), metadata.get("correlationId"), event.getPayload());
        }
    }
}
