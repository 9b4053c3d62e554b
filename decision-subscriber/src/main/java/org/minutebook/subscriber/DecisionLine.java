package org.minutebook.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words a decision as one line: the day it was recorded, the meeting, the agenda item and what was decided, e.g.
 * {@code 2021-11-02  leics-cfosc-2021-11-02  item-37  RESOLVED: a) That the report be noted; b) …}.
 *
 * <p>The JSON is read field by field, by name, so fields added later are simply ignored. Each type is read at the
 * schema version this example knows; another version is reported, not guessed at (see docs/events.md and
 * docs/schemas/ for the shapes).
 */
final class DecisionLine {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The versions of each decision this example reads, by the type's public name ({@code minutebook.*}, contract 2)
     * less its prefix. Events published under contract 1 carry the Java class name ({@code org.minutebook.events.
     * resolutions.ResolutionPassed}) and version 1; their fields read the same way.
     */
    private static final Map<String, Set<String>> KNOWN_VERSIONS = Map.of(
            "ResolutionPassed", Set.of("1", "2"),
            "MotionLost", Set.of("1", "2"),
            "ItemDeferred", Set.of("1"),
            "ItemWithdrawn", Set.of("1"),
            "ReferralMade", Set.of("1"),
            "FurtherReportRequested", Set.of("1", "2"),
            "PreviousMinutesConfirmed", Set.of("1", "2"),
            "MinutesConfirmed", Set.of("1", "2"),
            "FactCorrected", Set.of("2"));

    private DecisionLine() {
    }

    static String of(DecisionEvent event) {
        JsonNode data = read(event.data());
        String meeting = event.meetingId() != null ? event.meetingId() : text(data, "meetingId");
        String item = data.hasNonNull("itemId") ? data.get("itemId").asText() : "-";
        return day(event.time()) + "  " + meeting + "  " + item + "  " + decision(event, data);
    }

    private static String decision(DecisionEvent event, JsonNode data) {
        String type = simpleName(event.type());
        if (!KNOWN_VERSIONS.getOrDefault(type, Set.of()).contains(event.schemaVersion())) {
            return KNOWN_VERSIONS.containsKey(type)
                    ? event.type() + " at schema version " + event.schemaVersion() + ", which this example does not read"
                    // The topic may carry kinds of decision added after this example was written: show, do not fail.
                    : "a decision of a type this example does not know: " + event.type();
        }
        return switch (type) {
            case "ResolutionPassed" -> text(data, "form") + ": " + words(data);
            case "MotionLost" -> "MOTION LOST: " + words(data);
            case "ItemDeferred" -> "DEFERRED" + because(data);
            case "ItemWithdrawn" -> "WITHDRAWN" + because(data);
            case "ReferralMade" -> "REFERRED to " + text(data, "toBody") + ": " + text(data, "subject");
            case "FurtherReportRequested" -> "FURTHER REPORT to " + text(data, "toBody")
                    + (data.hasNonNull("dueMeetingDate") ? " on " + text(data, "dueMeetingDate") : " at a future meeting")
                    + ": " + text(data, "subject");
            case "PreviousMinutesConfirmed" -> "MINUTES of " + text(data, "confirmedMeetingDate")
                    + " CONFIRMED" + corrections(data)
                    + (data.hasNonNull("signedBy") ? ", signed by " + text(data.get("signedBy"), "name") : "");
            case "MinutesConfirmed" -> "MINUTES CONFIRMED at " + text(data, "atMeetingId");
            case "FactCorrected" -> data.path("replacement").isNull()
                    ? "STRUCK OUT: the decision recorded as event " + text(data, "correctsSequenceNumber")
                    + because(data)
                    : "CORRECTED: the decision recorded as event " + text(data, "correctsSequenceNumber")
                    + " now reads " + words(data.path("replacement")) + because(data);
            default -> "a decision of a type this example does not know: " + event.type();
        };
    }

    /** "ResolutionPassed" of "minutebook.ResolutionPassed" and of contract 1's Java class name. */
    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    /** "a) That the report be noted; b) …", after the preamble if there is one. */
    private static String words(JsonNode data) {
        List<String> words = new ArrayList<>();
        if (data.hasNonNull("preamble")) {
            words.add(text(data, "preamble"));
        }
        for (JsonNode part : data.path("parts")) {
            words.add(part.hasNonNull("label") ? text(part, "label") + " " + text(part, "text") : text(part, "text"));
        }
        return String.join(" ", words);
    }

    private static String because(JsonNode data) {
        return data.hasNonNull("reason") ? ": " + text(data, "reason") : "";
    }

    private static String corrections(JsonNode data) {
        List<String> noted = new ArrayList<>();
        data.path("correctionsNoted").forEach(correction -> noted.add(correction.asText()));
        return noted.isEmpty() ? "" : " with corrections: " + String.join("; ", noted);
    }

    /** The day in ce_time (UTC), or question marks if it is missing. */
    private static String day(String time) {
        return time == null ? "????-??-??" : OffsetDateTime.parse(time).toLocalDate().toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "?" : value.asText();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }
}
