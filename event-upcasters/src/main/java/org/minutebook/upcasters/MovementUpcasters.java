package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * Version 2 of {@code minutebook.MemberArrivedLate} and {@code minutebook.MemberLeftEarly} names the member as a
 * person, as every other fact of attendance does, where version 1 gave a bare {@code memberId}: a version-1 event
 * reads as the member known by that id alone. A correction of a version-1 arrival or departure gave the member as
 * {@code memberId} in its replacement; it keeps its version and reads the same way (as {@link
 * QuestionAskedCorrectionUpcaster} does for a question's {@code rule}).
 */
final class MovementUpcasters {

    static final Set<String> TYPES = Set.of("minutebook.MemberArrivedLate", "minutebook.MemberLeftEarly");

    private MovementUpcasters() {
    }

    static List<RevisionUpcaster> all() {
        return List.of(new RevisionUpcaster("minutebook.MemberArrivedLate", 1, MovementUpcasters::memberAsPerson),
                new RevisionUpcaster("minutebook.MemberLeftEarly", 1, MovementUpcasters::memberAsPerson),
                RevisionUpcaster.keepingVersion(FactCorrectedUpcaster.TYPE, 2, MovementUpcasters::replacement));
    }

    /** {@code memberId} read as the person {@code member}, known by id alone. */
    static JsonNode memberAsPerson(JsonNode payload) {
        if (!(payload instanceof ObjectNode fields) || !fields.has("memberId")) {
            return payload;
        }
        ObjectNode upcast = fields.deepCopy();
        JsonNode id = upcast.remove("memberId");
        if (id.isNull()) {
            upcast.putNull("member");
        } else {
            upcast.putObject("member").put("id", id.asText()).putNull("name").putNull("role");
        }
        return upcast;
    }

    /** A correction of an arrival or departure whose replacement gives {@code memberId}, read as giving the member. */
    static JsonNode replacement(JsonNode correction) {
        if (correction instanceof ObjectNode fields && TYPES.contains(fields.path("correctsEventType").asText())
                && fields.get("replacement") instanceof ObjectNode replacement && replacement.has("memberId")) {
            ObjectNode upcast = fields.deepCopy();
            upcast.set("replacement", memberAsPerson(replacement));
            return upcast;
        }
        return correction;
    }
}
