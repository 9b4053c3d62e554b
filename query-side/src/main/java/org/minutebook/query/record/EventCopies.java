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
import org.minutebook.events.EventVersion;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a projection's copy of an event as the event's current version. A copy keeps the schema version it was
 * written at (a copy kept before copies had one is of version 1) and is read through the same upcasters as the
 * topic (module event-upcasters), so a read model built before an event got a new version still folds it right,
 * without a rebuild.
 */
final class EventCopies {

    private final ObjectMapper json;
    private final EventUpcasterChain upcasters;
    private final Serializer serializer;

    EventCopies(ObjectMapper json, List<EventUpcaster> upcasters) {
        this.json = json;
        this.upcasters = new EventUpcasterChain(upcasters);
        this.serializer = JacksonSerializer.builder().objectMapper(json.copy()).build();
    }

    static int versionOf(Class<?> type) {
        EventVersion version = type.getAnnotation(EventVersion.class);
        return version == null ? 1 : version.value();
    }

    Object read(String type, Integer version, String data) throws JsonProcessingException, ClassNotFoundException {
        Class<?> eventType = Class.forName(type);
        int written = version == null ? 1 : version;
        // every copy goes through the chain: an upcaster may also read a current version anew (a correction's fields)
        byte[] metadata = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        GenericDomainEventEntry<byte[]> copy = new GenericDomainEventEntry<>(null, null, 0, "copy", Instant.EPOCH,
                type, Integer.toString(written), data.getBytes(StandardCharsets.UTF_8), metadata);
        JsonNode current = upcasters.upcast(Stream.of(new InitialEventRepresentation(copy, serializer)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("An upcaster dropped a copy of " + type))
                .getData(JsonNode.class).getData();
        return json.treeToValue(current, eventType);
    }
}
