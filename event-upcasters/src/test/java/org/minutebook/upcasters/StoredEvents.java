package org.minutebook.upcasters;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Events as they are stored (and published): a JSON payload fixture, its type and its revision. */
final class StoredEvents {

    private StoredEvents() {
    }

    /** The fixture's bytes, as the event store's payload column (or the Kafka record's value) holds them. */
    static byte[] fixture(String name) {
        try (InputStream in = StoredEvents.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IntermediateEventRepresentation stored(Serializer serializer, String type, String revision,
                                                  byte[] payload) {
        byte[] metadata = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Meeting", "leics-cfosc-2021-11-02", 17,
                "a4d3c0de-0000-4000-8000-000000000017", Instant.parse("2021-11-02T14:35:00Z"), type, revision,
                payload, metadata), serializer);
    }

    /** The serializer the services use: events by their public names, strict about unknown fields. */
    static StableNameSerializer contractSerializer() {
        return new StableNameSerializer(JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
                .revisionResolver(new EventVersionRevisionResolver()));
    }

    static List<IntermediateEventRepresentation> upcast(EventUpcaster upcaster,
                                                        IntermediateEventRepresentation stored) {
        return upcaster.upcast(Stream.of(stored)).toList();
    }
}
