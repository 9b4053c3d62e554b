package org.minutebook.command.limits;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.Serializer;
import org.minutebook.command.kernel.RuleViolation;
import org.minutebook.events.EventContract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
 * <p>
 * Weighing is cheap for the many events far from the limit: the event's JSON is the payload as the event store's
 * serializer writes it (kept on the message, so the store and publication reuse it, not made again), and when that
 * JSON and a generous bound on everything the record adds around it (each header's name and value at three bytes a
 * character, the key, the record's framing) fit, the record fits. Only an event that may not is turned into its
 * Kafka record and measured exactly, so the refusals, to the byte, are those of the exact measure.
 */
final class EventSizeLimit implements MessageDispatchInterceptor<EventMessage<?>> {

    /** More than a record's framing and the CloudEvent's fixed headers take (specversion, time, content type...). */
    private static final int FIXED_ENVELOPE_BOUND = 2 * 1024;
    /** The most bytes a character takes in UTF-8 (a surrogate pair, two characters, takes four). */
    private static final int BYTES_A_CHARACTER = 3;

    private static final String TOPIC = EventContract.MEETING_EVENTS_TOPIC;

    private final PipelineLimits limits;
    private final Serializer serializer;
    private final KafkaMessageConverter<String, CloudEvent> converter;
    private final CompressionType compression;
    private final CloudEventSerializer values = new CloudEventSerializer();

    EventSizeLimit(PipelineLimits limits, Serializer serializer, KafkaMessageConverter<String, CloudEvent> converter,
                   CompressionType compression) {
        this.limits = limits;
        this.serializer = serializer;
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
        int json = event.serializePayload(serializer, byte[].class).getData().length;
        if (json <= limits.largestEvent() && json + envelopeBound(event) <= limits.largestRecord()) {
            return;
        }
        measureExactly(event);
    }

    /** At least what the Kafka record adds to the event's JSON: its headers, its key and its framing. */
    static int envelopeBound(EventMessage<?> event) {
        long characters = event.getIdentifier().length() + event.getPayloadType().getName().length()
                + EventContract.CLOUD_EVENT_SOURCE.length();
        if (event instanceof DomainEventMessage<?> domainEvent) {
            characters += 2L * domainEvent.getAggregateIdentifier().length(); // the subject and the key
        }
        for (Map.Entry<String, ?> entry : event.getMetaData().entrySet()) {
            characters += entry.getKey().length() + String.valueOf(entry.getValue()).length() + 16;
        }
        return (int) Math.min(Integer.MAX_VALUE, FIXED_ENVELOPE_BOUND + BYTES_A_CHARACTER * characters);
    }

    private void measureExactly(EventMessage<?> event) {
        ProducerRecord<String, CloudEvent> record = converter.createKafkaMessage(event, TOPIC);
        CloudEventData data = record.value().getData();
        byte[] json = data == null ? new byte[0] : data.toBytes();
        if (json.length > limits.largestEvent()) {
            RuleViolation tooLarge = PipelineRules.EVENT_TOO_LARGE.broken("The fact this command records would be "
                    + json.length + " bytes of JSON, over the " + limits.largestEvent() + " bytes an event may be "
                    + "(the most the pipeline carries): shorten it, or record it as several facts");
            String field = LargestField.of(json);
            throw field == null ? tooLarge : tooLarge.at(field);
        }
        int size = recordSize(record);
        if (size > limits.largestRecord()) {
            throw PipelineRules.EVENT_TOO_LARGE.broken("With who recorded it and in which request, the fact this "
                    + "command records would make a Kafka record of " + size + " bytes, over the "
                    + limits.largestRecord() + " bytes the topics take: shorten it");
        }
    }

    /** The Kafka record an event makes, measured as the producer measures it. */
    int recordSize(EventMessage<?> event) {
        return recordSize(converter.createKafkaMessage(event, TOPIC));
    }

    private int recordSize(ProducerRecord<String, CloudEvent> record) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        byte[] value = values.serialize(TOPIC, headers, record.value());
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, compression, key,
                value, headers.toArray());
    }
}
