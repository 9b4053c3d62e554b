package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The versions that record the law at each item (contract 3): how members attended, the debate on a motion (its
 * amendments, votes, parts with ids, statutory record, quorum), follow-ups and corrections that name a part of a
 * decision, a close past midnight and the signature block. Each reads from the version before it: most only add
 * fields that may be null, or lists the record reads as empty (a part's id is derived from its label by the record
 * itself, {@code ResolutionPart.identified}); attendance before it had a mode was in person, as "PRESENT" meant.
 */
final class LawRevisions {

    /** Types whose previous version reads as the new one unchanged, by the version they had before. */
    private static final Map<String, Integer> ADDED_FIELDS_ONLY = Map.of(
            "minutebook.ResolutionPassed", 2,
            "minutebook.MotionLost", 2,
            "minutebook.ActionAgreed", 1,
            "minutebook.ReferralMade", 1,
            "minutebook.FurtherReportRequested", 2,
            "minutebook.MeetingClosed", 2,
            "minutebook.FactCorrected", 2);
    /** Attendance recorded before it had a mode, by the version it had. */
    private static final Map<String, Integer> IN_PERSON = Map.of(
            "minutebook.MemberAttended", 2,
            "minutebook.SubstituteRecorded", 2);

    private LawRevisions() {
    }

    static List<RevisionUpcaster> upcasters() {
        List<RevisionUpcaster> upcasters = new ArrayList<>();
        ADDED_FIELDS_ONLY.forEach((type, version) -> upcasters.add(RevisionUpcaster.addedFieldsOnly(type, version)));
        IN_PERSON.forEach((type, version) -> upcasters.add(new RevisionUpcaster(type, version,
                LawRevisions::inPerson)));
        return upcasters;
    }

    /** Present in person: what the attendance meant before it said how. */
    static JsonNode inPerson(JsonNode payload) {
        if (!(payload instanceof ObjectNode fields) || fields.hasNonNull("mode")) {
            return payload;
        }
        return fields.deepCopy().put("mode", "IN_PERSON");
    }
}
