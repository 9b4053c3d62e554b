package org.minutebook.command.limits;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.events.EventContract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The exact check, on every event a command records, before anything is stored: the event is turned into the Kafka
 * record publication will send — its JSON, the CloudEvent's headers, its key — and measured as the producer
 * measures it. An event over the pipeline's limits ({@link PipelineLimits}) refuses its command, {@code 422}
 * {@code event-too-large} naming the field that makes it so, and nothing the command did is stored (the import's
 * other commands, in its transaction, neither). Every command passes here, the import and corrections included,
 * whatever their bodies look like: the body's size at the door is a bound, this is the measure.
 * <p>
 * Registered on the event store, whose dispatch interceptors see a command's events as its unit of work prepares
 * to commit them.
 */
final class EventSizeLimit implements MessageDispatchInterceptor<EventMessage<?>> {

    private final PipelineLimits limits;
    private final KafkaMessageConverter<String, CloudEvent> converter;
    private final CompressionType compression;
    private final CloudEventSerializer values = new CloudEventSerializer();

    EventSizeLimit(PipelineLimits limits, KafkaMessageConverter<String, CloudEvent> converter,
                   CompressionType compression) {
        this.limits = limits;
        this.converter = converter;
        this.compression = compression;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> events) {
        return (index, event) -> {
            check(event);
            return event;
        };
    }

    /** Refuses an event the pipeline could not carry. */
    void check(EventMessage<?> event) {
        String topic = EventContract.MEETING_EVENTS_TOPIC;
        ProducerRecord<String, CloudEvent> record = converter.createKafkaMessage(event, topic);
        CloudEventData data = record.value().getData();
        byte[] json = data == null ? new byte[0] : data.toBytes();
        if (json.length > limits.largestEvent()) {
            RuleViolation tooLarge = PipelineRules.EVENT_TOO_LARGE.broken("The fact this command records would be "
                    + json.length + " bytes of JSON, over the " + limits.largestEvent() + " bytes an event may be "
                    + "(the most the pipeline carries): shorten it, or record it as several facts");
            String field = LargestField.of(json);
            throw field == null ? tooLarge : tooLarge.at(field);
        }
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        byte[] value = values.serialize(topic, headers, record.value());
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        int size = AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, compression, key,
                value, headers.toArray());
        if (size > limits.largestRecord()) {
            throw PipelineRules.EVENT_TOO_LARGE.broken("With who recorded it and in which request, the fact this "
                    + "command records would make a Kafka record of " + size + " bytes, over the "
                    + limits.largestRecord() + " bytes the topics take: shorten it");
        }
    }
}
