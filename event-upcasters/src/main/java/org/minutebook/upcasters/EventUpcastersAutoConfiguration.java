package org.minutebook.upcasters;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.context.annotation.Bean;

/**
 * Gives any Spring Boot application that has this jar minutebook's event contract as Axon reads and writes it:
 * the events serializer that names events by their public names, the revision resolver that reads
 * {@code @EventVersion}, and the upcasters, as one chain in a fixed order. Axon's Spring Boot auto-configuration
 * adds every {@code EventUpcaster} bean to the chain that reads the event store (command side) and, through the
 * Kafka message converter built with it, the topic (query side).
 */
@AutoConfiguration
@AutoConfigureBefore(name = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class EventUpcastersAutoConfiguration {

    @Bean
    RevisionResolver eventVersionRevisionResolver() {
        return new EventVersionRevisionResolver();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectProvider<ObjectMapper> objectMapper, RevisionResolver revisions) {
        ObjectMapper json = objectMapper.getIfAvailable(() -> new ObjectMapper().registerModule(new JavaTimeModule()));
        return new StableNameSerializer(JacksonSerializer.builder().objectMapper(json).revisionResolver(revisions));
    }

    @Bean
    EventUpcasterChain minutebookUpcasters() {
        return ContractUpcasters.chain();
    }
}
