package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.minutebook.events.EventTypes;

/**
 * Reads a {@code minutebook.FactCorrected} of version 1 as version 2: {@code correctsEventType} named the corrected
 * event by its Java class (contract 1) and now names it by its public name, and the replacement's fields are read
 * as the corrected event's fields read under contract 2 (a minute's {@code text} as its blocks). The replacement's
 * meaning is the same in both: the fields given replace the original's.
 */
public class FactCorrectedUpcaster extends RevisionUpcaster {

    static final String TYPE = "minutebook.FactCorrected";

    public FactCorrectedUpcaster() {
        super(TYPE, 1, FactCorrectedUpcaster::toVersion2);
    }

    static JsonNode toVersion2(JsonNode version1) {
        if (!(version1 instanceof ObjectNode fields) || !fields.hasNonNull("correctsEventType")) {
            return version1;
        }
        ObjectNode upcast = fields.deepCopy();
        String corrected = EventTypes.currentName(fields.get("correctsEventType").asText());
        upcast.put("correctsEventType", corrected);
        if (fields.hasNonNull("replacement")) {
            upcast.set("replacement",
                    ContractTwoRevisions.replacementUnderContractTwo(corrected, fields.get("replacement")));
        }
        return upcast;
    }
}
