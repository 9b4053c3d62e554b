package org.minutebook.query.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.minutebook.events.EventTypes;
import org.minutebook.events.EventVersion;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The query side's one copy of each meeting event, kept so the record can be folded again from the start (after
 * a correction, or as it stood at an instant). A copy names its type by the contract's public name
 * ({@link EventTypes}) and keeps the schema version it was written at; a copy of an older version (or named by a
 * contract-1 class name) is read through the same upcasters as the topic (module event-upcasters), so it always
 * reads as the event's current version, without a rebuild.
 */
final class EventCopies {

    /** Each type's version, read from its annotation once (reading an annotation copies it, for every event). */
    private static final ClassValue<Integer> VERSIONS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            EventVersion version = type.getAnnotation(EventVersion.class);
            return version == null ? 1 : version.value();
        }
    };

    private final ObjectMapper json;
    private final EventUpcasterChain upcasters;
    private final Serializer serializer;

    EventCopies(ObjectMapper json, List<EventUpcaster> upcasters) {
        this.json = json;
        this.upcasters = new EventUpcasterChain(upcasters);
        this.serializer = JacksonSerializer.builder().objectMapper(json.copy()).build();
    }

    static int versionOf(Class<?> type) {
        return VERSIONS.get(type);
    }

    /** The event's type by the contract's public name, as a copy names it. */
    String typeOf(Object event) {
        Class<?> type = event.getClass();
        return EventTypes.nameOf(type).orElseThrow(() -> new IllegalArgumentException(
                type.getName() + " is not an event of the contract"));
    }

    /** The schema version the event is written at. */
    int versionOf(Object event) {
        return versionOf(event.getClass());
    }

    /** The event as JSON, the bytes a copy keeps (never decoded into text and encoded again). */
    byte[] dataOf(Object event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot copy " + event.getClass().getName(), e);
        }
    }

    /** A copy's event as the current version of its type; unreadable, said so naming the copy. */
    Object read(String type, int version, byte[] data, String what) {
        try {
            return read(type, Integer.valueOf(version), data);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable event copy " + what, e);
        }
    }

    /** A copy's event as the current version of its type; a copy without a version is of version 1. */
    Object read(String type, Integer version, String data) throws JsonProcessingException {
        return read(type, version, data.getBytes(StandardCharsets.UTF_8));
    }

    private Object read(String type, Integer version, byte[] data) throws JsonProcessingException {
        Class<?> eventType = EventTypes.typeOf(type)
                .orElseThrow(() -> new IllegalArgumentException("The event contract has no type " + type));
        int written = version == null ? 1 : version;
        // every copy goes through the chain: an upcaster may also read a current version anew (a correction's fields)
        byte[] metadata = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        GenericDomainEventEntry<byte[]> copy = new GenericDomainEventEntry<>(null, null, 0, "copy", Instant.EPOCH,
                type, Integer.toString(written), data, metadata);
        JsonNode current = upcasters.upcast(Stream.of(new InitialEventRepresentation(copy, serializer)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("An upcaster dropped a copy of " + type))
                .getData(JsonNode.class).getData();
        return json.treeToValue(current, eventType);
    }
}
