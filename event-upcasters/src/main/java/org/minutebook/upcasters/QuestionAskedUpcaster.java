package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code minutebook.QuestionAsked} of version 1 as version 2: the field {@code rule} ("Standing Order 34")
 * was renamed {@code standingOrder}. Version 1 was released, so it stays in the event store and on the topic as it
 * was written.
 */
public class QuestionAskedUpcaster extends RevisionUpcaster {

    static final String TYPE = "minutebook.QuestionAsked";

    public QuestionAskedUpcaster() {
        super(TYPE, 1, QuestionAskedUpcaster::toVersion2);
    }

    /** Version 1's fields, {@code rule} named {@code standingOrder}. */
    static JsonNode toVersion2(JsonNode version1) {
        if (!(version1 instanceof ObjectNode fields)) {
            return version1;
        }
        return renameRule(fields.deepCopy());
    }

    /** Renames {@code rule} to {@code standingOrder} in the given fields, unless they already have one. */
    static ObjectNode renameRule(ObjectNode fields) {
        JsonNode rule = fields.remove("rule");
        if (rule != null && !fields.has("standingOrder")) {
            fields.set("standingOrder", rule);
        }
        return fields;
    }
}
