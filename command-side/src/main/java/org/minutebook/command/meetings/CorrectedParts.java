package org.minutebook.command.meetings;

import org.minutebook.command.platform.InvalidRequest;
import org.minutebook.command.resolutions.DecisionRules;
import org.minutebook.events.MeetingEvent;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A correction of one part of a resolution or lost motion ("in resolution 37, part (b) should read…"), read as the
 * decision with that part corrected, or struck out: so it is decided, and recorded, as a correction of the decision
 * is, with the part it is about named beside it.
 */
final class CorrectedParts {

    private static final Set<String> PART_FIELDS = Set.of("label", "text");

    private CorrectedParts() {
    }

    /** The decision's fields with the part replaced by {@code part}'s label and text, or left out when it is null. */
    static Map<String, Object> wholeFact(MeetingEvent original, String partId, Map<String, Object> part) {
        List<ResolutionPart> parts = partsOf(original);
        if (parts.stream().noneMatch(held -> held.partId().equals(partId))) {
            throw DecisionRules.UNKNOWN_RESOLUTION_PART.broken("The decision corrected has no part " + partId
                    + " (its parts: " + String.join(", ", parts.stream().map(ResolutionPart::partId).toList()) + ")")
                    .at("partId");
        }
        if (part != null) {
            List<InvalidRequest.FieldError> unknown = part.keySet().stream()
                    .filter(field -> !PART_FIELDS.contains(field))
                    .map(field -> new InvalidRequest.FieldError("replacement." + field, "is not a field of a part"
                            + " of a decision (its fields: label, text)"))
                    .toList();
            if (!unknown.isEmpty()) {
                throw new InvalidRequest(unknown);
            }
        }
        List<Map<String, Object>> corrected = new ArrayList<>();
        for (ResolutionPart held : parts) {
            Map<String, Object> fields = CorrectedFacts.fieldsOf(held);
            if (held.partId().equals(partId)) {
                if (part == null) {
                    continue;
                }
                fields.putAll(part);
            }
            corrected.add(fields);
        }
        Map<String, Object> whole = new LinkedHashMap<>(CorrectedFacts.fieldsOf(original));
        whole.put("parts", corrected);
        return whole;
    }

    private static List<ResolutionPart> partsOf(MeetingEvent original) {
        if (original instanceof ResolutionPassed passed) {
            return passed.parts();
        }
        if (original instanceof MotionLost lost) {
            return lost.parts();
        }
        throw CorrectionRules.CORRECTION_OF_PART_OF_NO_DECISION.broken("Only a resolution or a lost motion has parts"
                + " to correct one by one; correct this fact as a whole").at("partId");
    }
}
