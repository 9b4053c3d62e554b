package org.minutebook.command.platform;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.Producer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.serialization.Serializer;

/**
 * Publishes the event store's events onto Kafka, a batch of the publishing processor at a time. Axon's publisher,
 * in wait-for-ack mode, waits for each record's acknowledgement before it sends the next, so publication ran at
 * one broker round trip per event (docs/performance.md); this one sends as it goes and awaits the batch's
 * acknowledgements together before the processor's position moves, parking a record the broker refuses for good
 * ({@link Publications}).
 */
class BatchedKafkaPublisher extends KafkaPublisher<String, CloudEvent> {

    private final ProducerFactory<String, CloudEvent> producers;
    private final KafkaMessageConverter<String, CloudEvent> converter;
    private final TopicResolver topics;
    private final Publications publications;

    BatchedKafkaPublisher(Serializer serializer, ProducerFactory<String, CloudEvent> producers,
                          KafkaMessageConverter<String, CloudEvent> converter, TopicResolver topics,
                          Publications publications) {
        super(KafkaPublisher.<String, CloudEvent>builder().serializer(serializer).producerFactory(producers)
                .messageConverter(converter).topicResolver(topics));
        if (producers.confirmationMode().isTransactional()) {
            throw new IllegalStateException("Publication awaits acknowledgements; it does not use Kafka transactions");
        }
        this.producers = producers;
        this.converter = converter;
        this.topics = topics;
        this.publications = publications;
    }

    @Override
    public <T extends EventMessage<?>> void send(T event) {
        topics.resolve(event).ifPresent(topic -> {
            // the shared, non-transactional producer: closing it is a no-op, so it is not closed here
            Producer<String, CloudEvent> producer = producers.createProducer();
            publications.send(event, topic, () -> producer.send(converter.createKafkaMessage(event, topic)));
        });
    }
}
