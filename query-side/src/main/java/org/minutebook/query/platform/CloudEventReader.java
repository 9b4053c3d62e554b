package org.minutebook.query.platform;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.cloudevent.CloudEventKafkaMessageConverter;

import java.util.Optional;

/**
 * Reads minutebook's CloudEvents back into Axon event messages. In Kafka's binary mode every extension arrives
 * as a string, and the extension's converter then reads the aggregate sequence number as 0 for every event; this
 * restores it from {@code axonmessageaggregateseq}, which projections key their idempotency on.
 */
class CloudEventReader implements KafkaMessageConverter<String, CloudEvent> {

    static final String SEQUENCE_EXTENSION = "axonmessageaggregateseq";

    private final CloudEventKafkaMessageConverter delegate;

    CloudEventReader(CloudEventKafkaMessageConverter delegate) {
        this.delegate = delegate;
    }

    @Override
    public ProducerRecord<String, CloudEvent> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        return delegate.createKafkaMessage(eventMessage, topic);
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, CloudEvent> record) {
        Object sequence = record.value() == null ? null : record.value().getExtension(SEQUENCE_EXTENSION);
        return delegate.readKafkaMessage(record).map(message -> {
            if (message instanceof DomainEventMessage<?> domainEvent && sequence != null) {
                return withSequence(domainEvent, Long.parseLong(sequence.toString()));
            }
            return message;
        });
    }

    private static <T> EventMessage<T> withSequence(DomainEventMessage<T> event, long sequenceNumber) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(), sequenceNumber,
                event, event.getTimestamp());
    }
}
