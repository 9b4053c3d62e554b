package org.minutebook.upcasters;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.minutebook.events.EventTypes;

/**
 * Axon's JSON serializer, with events named by their public names ({@link EventTypes}) instead of their Java
 * classes: the name written to the event store and as the CloudEvents {@code ce_type}, and read back from both.
 * Contract-1 names (class names) still read; {@link ContractOneNamesUpcaster} renames them before any other
 * upcaster looks at them. Anything that is not an event of the contract (metadata, tokens) keeps its class name.
 */
public class StableNameSerializer extends JacksonSerializer {

    public StableNameSerializer(JacksonSerializer.Builder builder) {
        super(builder);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return EventTypes.nameOf(type)
                .<SerializedType>map(name -> new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return EventTypes.typeOf(serializedType.getName())
                .map(Class::getName)
                .orElseGet(() -> super.resolveClassName(serializedType));
    }
}
