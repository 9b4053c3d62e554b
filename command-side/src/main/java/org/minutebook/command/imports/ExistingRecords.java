package org.minutebook.command.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The committees and meetings the event store already holds, for an import to use rather than duplicate: a
 * committee by its id or by its name (and its council, where both name one), a meeting of that committee by its
 * day. Read from the stored registrations and schedulings themselves, so nothing else need be kept in step.
 */
@Component
class ExistingRecords implements ImportTarget.Existing {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ExistingRecords(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<String> committeeNamed(String council, String name) {
        for (JsonNode committee : payloads("%CommitteeRegistered", null)) {
            String id = committee.path("committeeId").asText();
            boolean sameName = normal(committee.path("name").asText()).equals(normal(name)) || id.equals(name);
            // the same council, or neither names one: a committee of no stated council is no other council's
            boolean sameCouncil = council == null ? committee.path("council").isNull()
                    || committee.path("council").isMissingNode()
                    : normal(committee.path("council").asText()).equals(normal(council));
            if (sameName && sameCouncil) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<ImportTarget.Registered> registered(String committeeId) {
        for (JsonNode committee : payloads("%CommitteeRegistered", "\"committeeId\":\"" + committeeId + "\"")) {
            if (committee.path("committeeId").asText().equals(committeeId)) {
                JsonNode council = committee.path("council");
                return Optional.of(new ImportTarget.Registered(committeeId, committee.path("name").asText(),
                        council.isTextual() ? council.asText() : null));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> meetingOn(String committeeId, LocalDate date) {
        for (JsonNode meeting : payloads("%MeetingScheduled", "\"committeeId\":\"" + committeeId + "\"")) {
            if (meeting.path("committeeId").asText().equals(committeeId)
                    && meeting.path("date").asText().equals(date.toString())) {
                return Optional.of(meeting.path("meetingId").asText());
            }
        }
        return Optional.empty();
    }

    private List<JsonNode> payloads(String type, String containing) {
        String sql = "select payload from domainevententry where payloadtype like ?"
                + (containing == null ? "" : " and position(? in convert_from(payload, 'UTF8')) > 0")
                + " order by globalindex";
        Object[] arguments = containing == null ? new Object[]{type} : new Object[]{type, containing};
        return jdbc.query(sql, (row, n) -> read(row.getBytes(1)), arguments);
    }

    private JsonNode read(byte[] payload) {
        try {
            return json.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            return json.createObjectNode();
        }
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
