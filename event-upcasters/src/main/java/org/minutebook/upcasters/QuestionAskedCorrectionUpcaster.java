package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.minutebook.events.EventTypes;

/**
 * A {@code minutebook.FactCorrected} of version 1 names the corrected fields as they should read; one recorded
 * while QuestionAsked was at version 1 may replace {@code rule}. This reads such a replacement as replacing
 * {@code standingOrder}, as the question now reads ({@link QuestionAskedUpcaster}), so the correction is not lost.
 * The correction keeps its version here: {@link FactCorrectedUpcaster} then reads it as version 2.
 */
public class QuestionAskedCorrectionUpcaster extends SingleEventUpcaster {

    static final SimpleSerializedType FACT_CORRECTED_1 = new SimpleSerializedType(FactCorrectedUpcaster.TYPE, "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return FACT_CORRECTED_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(FACT_CORRECTED_1, JsonNode.class,
                QuestionAskedCorrectionUpcaster::replacementAsVersion2);
    }

    static JsonNode replacementAsVersion2(JsonNode correction) {
        if (correction instanceof ObjectNode fields
                && QuestionAskedUpcaster.TYPE.equals(EventTypes.currentName(fields.path("correctsEventType").asText()))
                && fields.get("replacement") instanceof ObjectNode replacement && replacement.has("rule")) {
            ObjectNode upcast = fields.deepCopy();
            QuestionAskedUpcaster.renameRule((ObjectNode) upcast.get("replacement"));
            return upcast;
        }
        return correction;
    }
}
