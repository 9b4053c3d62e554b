package org.minutebook.query.platform;

import io.cloudevents.CloudEvent;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.CloudEventKafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.minutebook.events.EventContract;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the query side reads the topic's CloudEvents, metadata extensions mapped back to Axon's keys. */
@Configuration
class CloudEventReading {

    @Bean
    KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter(@Qualifier("eventSerializer") Serializer serializer,
                                                                    org.axonframework.config.Configuration axon) {
        return new CloudEventReader(CloudEventKafkaMessageConverter.builder()
                .serializer(serializer)
                .upcasterChain(axon.upcasterChain() != null ? axon.upcasterChain() : new EventUpcasterChain())
                .addMetadataMappers(EventContract.METADATA_EXTENSIONS)
                .build());
    }
}
