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
import java.util.stream.Stream;

/**
 * Words a decision as one line. A decision published since contract 3 ({@code minutebook.PublishedDecision}) says
 * everything itself: the meeting's day, the council, the committee as named that day, the meeting, the agenda item
 * and what was decided, e.g. {@code 2021-11-02  Leicestershire County Council  Children and Families Overview and
 * Scrutiny Committee  cfosc-2021-11-02  37. Written Statement of Action  RESOLVED: a) That the report be noted; b) …}.
 * A decision published before (the fact's own event, still on the topic for a replay) gives the day it was recorded,
 * the meeting and the item's id: {@code 2021-11-02  leics-cfosc-2021-11-02  item-37  RESOLVED: a) …}.
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
            "PublishedDecision", Set.of("1", "2"),
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
        if ("PublishedDecision".equals(simpleName(event.type()))
                && KNOWN_VERSIONS.get("PublishedDecision").contains(event.schemaVersion())) {
            return data.hasNonNull("outsideMeeting") ? outsideMeeting(data) : published(data);
        }
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

    /** A decision that describes itself: where, when and by whom, what, and whether it was corrected since. */
    private static String published(JsonNode decision) {
        JsonNode meeting = decision.path("meeting");
        JsonNode committee = decision.path("committee");
        JsonNode item = decision.path("item");
        String where = item.isMissingNode() || item.isNull() ? "-"
                : String.join(" ", Stream.of(item.path("number").isNull() ? null : text(item, "number") + ".",
                item.path("title").isNull() ? null : text(item, "title")).filter(word -> word != null).toList());
        String status = switch (text(decision, "status")) {
            case "CORRECTED" -> "CORRECTED, now reads ";
            case "STRUCK_OUT" -> "STRUCK OUT: ";
            default -> "";
        };
        return text(meeting, "date") + "  " + text(committee, "council") + "  " + text(committee, "name") + "  "
                + text(meeting, "meetingId") + "  " + (where.isEmpty() ? text(item, "itemId") : where) + "  "
                + status + what(decision) + vote(decision.path("motion").path("vote"));
    }

    /**
     * A decision outside a meeting (version 2): the day it was taken (or is planned for), the council, who took it
     * (or is to), its id, and the step published with what it decided, e.g. {@code 2027-01-25  Leicester City
     * Council  Cllr Clair (Deputy City Mayor)  highways-2027  DECISION_OUTSIDE_MEETING DECIDED: To award …}.
     */
    private static String outsideMeeting(JsonNode decision) {
        JsonNode outside = decision.get("outsideMeeting");
        JsonNode taken = outside.path("taken");
        JsonNode plan = outside.path("forwardPlan");
        String day = taken.hasNonNull("takenOn") ? text(taken, "takenOn")
                : plan.hasNonNull("plannedFor") ? text(plan, "plannedFor") : "????-??-??";
        JsonNode maker = taken.path("maker");
        String by = maker.hasNonNull("name") ? text(maker, "name") : taken.hasNonNull("makerKind")
                ? text(taken, "makerKind") : plan.hasNonNull("decisionMaker") ? text(plan, "decisionMaker") : "-";
        return day + "  " + text(outside, "council") + "  " + by + "  " + text(decision, "decisionId") + "  "
                + text(decision, "kind") + " " + text(decision, "outcome") + ": " + text(decision, "text")
                + (outside.hasNonNull("implementableFrom") ? " (may be implemented from "
                + text(outside, "implementableFrom") + ")" : "");
    }

    /** What was decided, in the words minutes use for each kind. */
    private static String what(JsonNode decision) {
        JsonNode sentOn = decision.path("sentOn");
        JsonNode minutes = decision.path("minutes");
        return switch (text(decision, "kind")) {
            case "RESOLUTION" -> text(decision.path("motion"), "form") + ": " + text(decision, "text");
            case "LOST_MOTION" -> "MOTION LOST: " + text(decision, "text");
            case "DEFERRAL" -> "DEFERRED" + because(decision);
            case "WITHDRAWAL" -> "WITHDRAWN" + because(decision);
            case "REFERRAL" -> "REFERRED to " + text(sentOn, "toBody") + about(sentOn);
            case "FURTHER_REPORT" -> "FURTHER REPORT" + (sentOn.hasNonNull("toBody") ? " to " + text(sentOn, "toBody")
                    : "") + (sentOn.hasNonNull("dueMeetingDate") ? " on " + text(sentOn, "dueMeetingDate")
                    : " at a future meeting") + about(sentOn);
            case "PREVIOUS_MINUTES_CONFIRMED" -> "MINUTES of " + text(minutes, "confirmedMeetingDate") + " CONFIRMED"
                    + corrections(minutes);
            case "MINUTES_CONFIRMED" -> "MINUTES CONFIRMED at " + text(minutes, "atMeetingId");
            // a kind added after this example was written: show it, do not fail
            default -> text(decision, "kind") + ": " + text(decision, "text");
        };
    }

    /** " (6 for, 2 against)" when the vote's numbers were minuted. */
    private static String vote(JsonNode vote) {
        List<String> counts = new ArrayList<>();
        for (String[] count : new String[][] {{"votesFor", "for"}, {"against", "against"},
                {"abstentions", "abstaining"}}) {
            if (vote.hasNonNull(count[0])) {
                counts.add(vote.get(count[0]).asText() + " " + count[1]);
            }
        }
        return counts.isEmpty() ? "" : " (" + String.join(", ", counts) + ")";
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

    /**
     * What a referral or further report is about, when the minutes state it apart from the decision's words; when
     * they do not, the decision it follows from is published on its own line with those words, so nothing is added.
     */
    private static String about(JsonNode sentOn) {
        return sentOn.hasNonNull("subject") ? ": " + text(sentOn, "subject") : "";
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
