package org.minutebook.query.platform;

import io.cloudevents.CloudEvent;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.consumer.ConsumerFactory;
import org.axonframework.extensions.kafka.eventhandling.consumer.Fetcher;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaEventMessage;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.axonframework.serialization.Serializer;
import org.minutebook.events.EventContract;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The meeting events topic as the processors' message source, handing records over in fetch order. */
@Configuration
class KafkaSource {

    @Bean
    StreamableKafkaMessageSource<String, CloudEvent> streamableKafkaMessageSource(
            @Qualifier("eventSerializer") Serializer serializer,
            @Qualifier("axonKafkaConsumerFactory") ConsumerFactory<String, CloudEvent> consumers,
            Fetcher<String, CloudEvent, KafkaEventMessage> fetcher,
            KafkaMessageConverter<String, CloudEvent> converter,
            KafkaProperties kafka) {
        return StreamableKafkaMessageSource.<String, CloudEvent>builder()
                .topics(List.of(EventContract.MEETING_EVENTS_TOPIC))
                .serializer(serializer)
                .consumerFactory(consumers)
                .fetcher(fetcher)
                .messageConverter(converter)
                .bufferFactory(() -> new FetchOrderBuffer<>(kafka.getFetcher().getBufferSize()))
                .build();
    }
}
