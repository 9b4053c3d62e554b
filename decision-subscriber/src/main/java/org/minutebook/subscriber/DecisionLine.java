package org.minutebook.subscriber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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
    private static final String EVENTS = "org.minutebook.events.";
    private static final String KNOWN_VERSION = "1";

    private DecisionLine() {
    }

    static String of(DecisionEvent event) {
        JsonNode data = read(event.data());
        String meeting = event.meetingId() != null ? event.meetingId() : text(data, "meetingId");
        String item = data.hasNonNull("itemId") ? data.get("itemId").asText() : "-";
        return day(event.time()) + "  " + meeting + "  " + item + "  " + decision(event, data);
    }

    private static String decision(DecisionEvent event, JsonNode data) {
        if (!KNOWN_VERSION.equals(event.schemaVersion())) {
            return event.type() + " at schema version " + event.schemaVersion()
                    + ", which this example does not read";
        }
        String type = event.type() == null ? "" : event.type().replace(EVENTS, "");
        return switch (type) {
            case "resolutions.ResolutionPassed" -> text(data, "form") + ": " + words(data);
            case "resolutions.MotionLost" -> "MOTION LOST: " + words(data);
            case "business.ItemDeferred" -> "DEFERRED" + because(data);
            case "business.ItemWithdrawn" -> "WITHDRAWN" + because(data);
            case "actions.ReferralMade" -> "REFERRED to " + text(data, "toBody") + ": " + text(data, "subject");
            case "actions.FurtherReportRequested" -> "FURTHER REPORT to " + text(data, "toBody")
                    + (data.hasNonNull("dueMeetingDate") ? " on " + text(data, "dueMeetingDate") : " at a future meeting")
                    + ": " + text(data, "subject");
            case "minutes.PreviousMinutesConfirmed" -> "MINUTES of " + text(data, "confirmedMeetingDate")
                    + " CONFIRMED" + corrections(data)
                    + (data.hasNonNull("signedBy") ? ", signed by " + text(data.get("signedBy"), "name") : "");
            case "minutes.MinutesConfirmed" -> "MINUTES CONFIRMED at " + text(data, "atMeetingId");
            // The topic may carry kinds of decision added after this example was written: show, do not fail.
            default -> "a decision of a type this example does not know: " + event.type();
        };
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
