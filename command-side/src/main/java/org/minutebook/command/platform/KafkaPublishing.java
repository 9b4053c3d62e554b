package org.minutebook.command.platform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.CloudEventKafkaMessageConverter;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaEventPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.serialization.Serializer;
import io.cloudevents.CloudEvent;
import org.minutebook.events.EventContract;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Events reach Kafka from the event store through a tracking processor (configured in application.yml), so a
 * broker outage delays publication but loses nothing. Each event is a CloudEvent keyed by its meeting id.
 */
@Configuration
class KafkaPublishing {

    /** Every event's CloudEvents source, parsed once rather than for each event published. */
    private static final URI SOURCE = URI.create(EventContract.CLOUD_EVENT_SOURCE);
    private static final List<String> TOPICS = List.of(EventContract.MEETING_EVENTS_TOPIC,
            EventContract.DECISIONS_TOPIC, EventContract.CHAIN_HEADS_TOPIC);

    @Bean
    KafkaMessageConverter<String, CloudEvent> kafkaMessageConverter(@Qualifier("eventSerializer") Serializer serializer) {
        return CloudEventKafkaMessageConverter.builder()
                .serializer(serializer)
                .sourceSupplier(event -> SOURCE)
                .subjectSupplier(KafkaPublishing::meetingId)
                .dataContentTypeSupplier(event -> Optional.of("application/json"))
                .addMetadataMappers(EventContract.METADATA_EXTENSIONS)
                .build();
    }

    /** Axon's publisher, awaiting acknowledgements per batch rather than per event. */
    @Bean(destroyMethod = "shutDown")
    KafkaPublisher<String, CloudEvent> kafkaPublisher(@Qualifier("eventSerializer") Serializer serializer,
                                                      ProducerFactory<String, CloudEvent> axonKafkaProducerFactory,
                                                      KafkaMessageConverter<String, CloudEvent> converter,
                                                      TopicResolver topicResolver, Publications publications) {
        return new BatchedKafkaPublisher(serializer, axonKafkaProducerFactory, converter, topicResolver,
                publications);
    }

    /**
     * The extension's publishing handler, registered here rather than by the extension so that its tracking
     * processor reads the event store through the operator's hold ({@link HeldSource}); otherwise as the extension
     * registers it: one processor, its failures propagated so a batch is retried, never skipped.
     */
    @Bean
    KafkaEventPublisher<String, CloudEvent> kafkaEventPublisher(KafkaPublisher<String, CloudEvent> kafkaPublisher,
                                                                EventProcessingConfigurer processing,
                                                                PublicationHold hold) {
        KafkaEventPublisher<String, CloudEvent> publisher = KafkaEventPublisher.<String, CloudEvent>builder()
                .processingGroup(Processors.PUBLICATION).kafkaPublisher(kafkaPublisher).build();
        processing.registerEventHandler(configuration -> publisher)
                .registerListenerInvocationErrorHandler(Processors.PUBLICATION,
                        configuration -> PropagatingErrorHandler.instance())
                .assignHandlerTypesMatching(Processors.PUBLICATION, KafkaEventPublisher.class::isAssignableFrom)
                .registerTrackingEventProcessor(Processors.PUBLICATION,
                        configuration -> new HeldSource(configuration.eventStore(), hold),
                        configuration -> Processors.largeBatches());
        return publisher;
    }

    private static Optional<String> meetingId(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent
                ? Optional.of(domainEvent.getAggregateIdentifier())
                : Optional.empty();
    }

    /**
     * The topics are created before the first publication, with a partition count that must never change (the key
     * decides the partition, and so the order of a meeting's events) and unlimited retention, because read models
     * are rebuilt and subscribers replay from the start, and the chain heads are the record's outside witness.
     */
    @Bean
    Topics topics(KafkaProperties kafka, @Value("${minutebook.kafka.partitions}") int partitions,
                  @Value("${minutebook.kafka.replication-factor}") short replicationFactor)
            throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers())))) {
            for (String name : TOPICS) {
                NewTopic topic = new NewTopic(name, partitions, replicationFactor)
                        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
                try {
                    admin.createTopics(List.of(topic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create Kafka topic " + name, e.getCause());
                    }
                }
            }
        }
        return new Topics(TOPICS);
    }

    record Topics(List<String> names) {
    }
}
