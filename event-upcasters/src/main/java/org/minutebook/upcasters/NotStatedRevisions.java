package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The versions that let a clerk leave out what the minutes do not state (issue 23, "nothing to invent"):
 * <ul>
 *   <li>{@code minutebook.MemberAppointed} 3: {@code role} and {@code from} may be null; a version 2 reads as it
 *   is.</li>
 *   <li>{@code minutebook.FurtherReportRequested} 4: {@code toBody} may be null; a version 3 reads as it is. 5:
 *   {@code subject} may be null; a version 4 reads as it is.</li>
 *   <li>{@code minutebook.ReferralMade} 3: {@code subject} may be null; a version 2 reads as it is.</li>
 *   <li>{@code minutebook.FutureMeetingDatesNoted} 2: each date is a day with its time, or none, where version 1
 *   gave a date-time each: {@code "2021-01-19T14:00:00"} reads as {@code {"date": "2021-01-19", "time":
 *   "14:00:00"}}. A correction of one whose replacement gives the dates so keeps its version and reads the same
 *   way (as {@link MovementUpcasters} does for a member id).</li>
 * </ul>
 */
final class NotStatedRevisions {

    static final String FUTURE_DATES = "minutebook.FutureMeetingDatesNoted";

    private NotStatedRevisions() {
    }

    /** The events' new versions: each after the versions before it ({@link LawRevisions} made version 3 of a
     * further report). */
    static List<RevisionUpcaster> all() {
        return List.of(RevisionUpcaster.addedFieldsOnly("minutebook.MemberAppointed", 2),
                RevisionUpcaster.addedFieldsOnly("minutebook.FurtherReportRequested", 3),
                RevisionUpcaster.addedFieldsOnly("minutebook.FurtherReportRequested", 4),
                RevisionUpcaster.addedFieldsOnly("minutebook.ReferralMade", 2),
                new RevisionUpcaster(FUTURE_DATES, 1, NotStatedRevisions::datesAsDays));
    }

    /**
     * A correction of noted dates, at the version of the correction it is read at: whichever version it was
     * recorded under, its replacement may give the dates as date-times (only such a replacement is changed).
     */
    static RevisionUpcaster corrections(int factCorrectedVersion) {
        return RevisionUpcaster.keepingVersion(FactCorrectedUpcaster.TYPE, factCorrectedVersion,
                NotStatedRevisions::replacement);
    }

    /** Each date-time of {@code dates} read as its day and its time. */
    static JsonNode datesAsDays(JsonNode payload) {
        if (!(payload instanceof ObjectNode fields) || !(fields.get("dates") instanceof ArrayNode dates)
                || dates.isEmpty() || !dates.get(0).isTextual()) {
            return payload;
        }
        ObjectNode upcast = fields.deepCopy();
        ArrayNode days = upcast.putArray("dates");
        for (JsonNode date : dates) {
            String[] dayAndTime = date.asText().split("T", 2);
            ObjectNode day = days.addObject().put("date", dayAndTime[0]);
            if (dayAndTime.length == 2) {
                day.put("time", dayAndTime[1]);
            } else {
                day.putNull("time");
            }
        }
        return upcast;
    }

    /** A correction of noted dates whose replacement gives them as date-times, read as giving days and times. */
    static JsonNode replacement(JsonNode correction) {
        if (correction instanceof ObjectNode fields && FUTURE_DATES.equals(fields.path("correctsEventType").asText())
                && fields.get("replacement") instanceof ObjectNode replacement) {
            JsonNode upcastReplacement = datesAsDays(replacement);
            if (upcastReplacement != replacement) {
                ObjectNode upcast = fields.deepCopy();
                upcast.set("replacement", upcastReplacement);
                return upcast;
            }
        }
        return correction;
    }
}
