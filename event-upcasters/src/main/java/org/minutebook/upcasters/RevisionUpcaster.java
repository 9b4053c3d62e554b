package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.function.UnaryOperator;

/**
 * Reads one released version of an event as the next. Most new versions only add fields that may be null (a
 * person's office, a meeting's time zone) or let a field be null ("not stated"): an old payload then already reads
 * as the new version, and {@link #addedFieldsOnly} says so. A version that renames or reshapes a field names how.
 */
public class RevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final UnaryOperator<JsonNode> payload;

    public RevisionUpcaster(String type, int fromVersion, UnaryOperator<JsonNode> payload) {
        this(type, fromVersion, fromVersion + 1, payload);
    }

    private RevisionUpcaster(String type, int fromVersion, int toVersion, UnaryOperator<JsonNode> payload) {
        this.from = new SimpleSerializedType(type, Integer.toString(fromVersion));
        this.to = new SimpleSerializedType(type, Integer.toString(toVersion));
        this.payload = payload;
    }

    /**
     * A version read otherwise, keeping its number: a correction whose replacement names a field as the event it
     * corrects named it before that event's new version (the correction's own shape is unchanged).
     */
    public static RevisionUpcaster keepingVersion(String type, int version, UnaryOperator<JsonNode> payload) {
        return new RevisionUpcaster(type, version, version, payload);
    }

    /** The next version only adds fields that may be null, or lets fields be null: the payload reads as it is. */
    public static RevisionUpcaster addedFieldsOnly(String type, int fromVersion) {
        return new RevisionUpcaster(type, fromVersion, UnaryOperator.identity());
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload::apply);
    }

    @Override
    public String toString() {
        return "RevisionUpcaster[" + from.getName() + " " + from.getRevision() + " -> " + to.getRevision() + "]";
    }
}
