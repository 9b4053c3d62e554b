package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.minutebook.events.EventTypes;

import java.util.function.Function;

/**
 * Events stored or published under contract 1 are named by their Java class
 * ({@code org.minutebook.events.attendance.ApologyRecorded}); this reads them under their public name
 * ({@code minutebook.ApologyRecorded}), revision and payload unchanged. It runs first, so every other upcaster
 * matches public names only.
 */
public class ContractOneNamesUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        return !EventTypes.currentName(name).equals(name);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        SimpleSerializedType renamed = new SimpleSerializedType(
                EventTypes.currentName(representation.getType().getName()), representation.getType().getRevision());
        return representation.upcastPayload(renamed, JsonNode.class, Function.identity());
    }
}
