package org.minutebook.command.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.minutebook.command.platform.NotRecorded;
import org.minutebook.events.EventTypes;
import org.minutebook.events.EventVersion;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minutebook.events.meetings.MeetingScheduled;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A meeting's (or committee's, register of interests' or matter's) full event history from the event store, in order: the record itself, as audit
 * teams replay it.
 */
@RestController
@RequestMapping("/api")
class HistoryController {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    HistoryController(EventStore eventStore, JdbcTemplate jdbc, ObjectMapper json) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A meeting's full history as JSON Lines, one event a line, for an archive. */
    @GetMapping(value = "/meetings/{meetingId}/export", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> exportMeeting(@PathVariable String meetingId) {
        history(meetingId, "meeting");
        return jsonLines(meetingId, List.of(meetingId));
    }

    private static final String MEETING_SCHEDULED = EventTypes.nameOf(MeetingScheduled.class).orElseThrow();
    private static final String MEETING_SCHEDULED_IN_CONTRACT_1 = "org.minutebook.events.meetings.MeetingScheduled";

    /** A committee's history and then each of its meetings' histories, as JSON Lines. */
    @GetMapping(value = "/committees/{committeeId}/export", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> exportCommittee(@PathVariable String committeeId) {
        history(committeeId, "committee");
        List<String> records = new ArrayList<>(List.of(committeeId));
        records.addAll(jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry WHERE sequencenumber = 0 "
                + "AND payloadtype IN (?, ?) AND convert_from(payload, 'UTF8')::jsonb ->> 'committeeId' = ? "
                + "ORDER BY globalindex", String.class, MEETING_SCHEDULED, MEETING_SCHEDULED_IN_CONTRACT_1, committeeId));
        return jsonLines(committeeId, records);
    }

    private ResponseEntity<StreamingResponseBody> jsonLines(String name, List<String> recordIds) {
        StreamingResponseBody body = out -> {
            for (String recordId : recordIds) {
                for (DomainEventMessage<?> event : eventStore.readEvents(recordId).asStream().toList()) {
                    out.write(json.writeValueAsBytes(new ExportedEvent(recordId, RecordedEvent.of(event))));
                    out.write('\n');
                }
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".jsonl\"")
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(body);
    }

    /** One line of an export: which record (meeting or committee) the event belongs to, and the event. */
    record ExportedEvent(String recordId, RecordedEvent event) {
    }

    @GetMapping("/meetings/{meetingId}/history")
    List<RecordedEvent> meetingHistory(@PathVariable String meetingId) {
        return history(meetingId, "meeting");
    }

    @GetMapping("/committees/{committeeId}/history")
    List<RecordedEvent> committeeHistory(@PathVariable String committeeId) {
        return history(committeeId, "committee");
    }

    @GetMapping("/registers-of-interests/{registerId}/history")
    List<RecordedEvent> registerHistory(@PathVariable String registerId) {
        return history(registerId, "register of interests");
    }

    @GetMapping("/matters/{matterId}/history")
    List<RecordedEvent> matterHistory(@PathVariable String matterId) {
        return history(matterId, "matter");
    }

    @GetMapping("/executive-decisions/{decisionId}/history")
    List<RecordedEvent> decisionHistory(@PathVariable String decisionId) {
        return history(decisionId, "decision outside a meeting");
    }

    @GetMapping("/scrutiny-reports/{reportId}/history")
    List<RecordedEvent> reportHistory(@PathVariable String reportId) {
        return history(reportId, "scrutiny report");
    }

    private List<RecordedEvent> history(String id, String kind) {
        List<RecordedEvent> events = eventStore.readEvents(id).asStream().map(RecordedEvent::of).toList();
        if (events.isEmpty()) {
            throw new NotRecorded("No " + kind + " " + id + " is recorded");
        }
        return events;
    }

    /**
     * One event as stored: its place in the stream, identity, public type name and schema version, when and by whom it was
     * recorded (the signed-in principal and the name shown for them), in which request, its correlation (the first message of the conversation) and causation (the
     * command that recorded it), and its data.
     */
    record RecordedEvent(long sequenceNumber, String eventId, String type, Integer schemaVersion,
                         Instant recordedAt, Object recordedBy, Object recordedByName, Object requestId,
                         Object correlationId,
                         Object causationId, Object data) {

        static RecordedEvent of(DomainEventMessage<?> event) {
            EventVersion version = event.getPayloadType().getAnnotation(EventVersion.class);
            Map<String, Object> metadata = event.getMetaData();
            // Axon names the root message traceId and the causing message correlationId
            return new RecordedEvent(event.getSequenceNumber(), event.getIdentifier(),
                    EventTypes.nameOf(event.getPayloadType()).orElse(event.getPayloadType().getName()),
                    version == null ? null : version.value(),
                    event.getTimestamp(), metadata.get("recordedBy"), metadata.get("recordedByName"),
                    metadata.get("requestId"),
                    metadata.get("traceId"), metadata.get("correlationId"), event.getPayload());
        }
    }
}
