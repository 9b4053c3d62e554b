package org.minutebook.systemtests;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.minutebook.events.EventContract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The meeting events topic as a test reads it, and events put straight onto it as the command side publishes them
 * (CloudEvents in Kafka's binary mode: the attributes as headers, the event as JSON), for events today's command
 * side would not publish: a released older version, or a poison event it would refuse.
 */
final class MeetingEventsTopic {

    private MeetingEventsTopic() {
    }

    /**
     * Publishes the event as the meeting's {@code sequence}-th, with the headers of one it already published
     * ({@code like}, another sequence number) but this event's id, sequence number, time and the headers given.
     *
     * @return the planted event's id ({@code ce_id})
     */
    static String plant(Minutebook minutebook, String meetingId, long like, long sequence, byte[] data,
                        Map<String, String> headers) throws Exception {
        String eventId = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> published = published(minutebook, meetingId, like);
        RecordHeaders planted = new RecordHeaders();
        for (Header header : published.headers()) {
            planted.add(header.key(), header.value());
        }
        Map<String, String> replaced = new HashMap<>(headers);
        replaced.putAll(Map.of("ce_id", eventId, "ce_axonmessageaggregateseq", Long.toString(sequence),
                "ce_time", Instant.now().toString()));
        replaced.forEach((name, value) -> {
            planted.remove(name);
            planted.add(name, value.getBytes(StandardCharsets.UTF_8));
        });
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, minutebook.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(EventContract.MEETING_EVENTS_TOPIC, null, meetingId, data, planted))
                    .get();
        }
        return eventId;
    }

    /** The second probe: a correction of the meeting's apology whose replacement nests 900 levels deep. */
    static String plantCorrectionNested900Deep(Minutebook minutebook, String meetingId, long apology, long sequence)
            throws Exception {
        String replacement = "{\"member\":".repeat(899) + "{\"name\":\"Mr. I. E. G. Bentley CC\"}" + "}".repeat(899);
        return plantCorrection(minutebook, meetingId, apology, sequence, replacement);
    }

    /**
     * A correction of the meeting's apology (its event {@code apology}) as its {@code sequence}-th event, with the
     * replacement given as JSON, as the command side published corrections before it checked them. Planted with
     * the apology's headers but the correction's type and version.
     */
    static String plantCorrection(Minutebook minutebook, String meetingId, long apology, long sequence,
                                  String replacement) throws Exception {
        byte[] correction = """
                {"meetingId":"%s","correctsSequenceNumber":%d,"correctsEventType":"minutebook.ApologyRecorded",\
                "replacement":%s,"reason":"The member's name was misspelt",\
                "correctedBy":{"id":"fryer","name":"Mrs. H. J. Fryer CC"},"notedAtMeetingId":null}\
                """.formatted(meetingId, apology, replacement).getBytes(StandardCharsets.UTF_8);
        return plant(minutebook, meetingId, apology, sequence, correction,
                Map.of("ce_type", "minutebook.FactCorrected", "ce_axonmessagerevision", "2"));
    }

    /** The meeting's event of that sequence number as the command side published it. */
    static ConsumerRecord<String, byte[]> published(Minutebook minutebook, String meetingId, long sequence) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, minutebook.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(EventContract.MEETING_EVENTS_TOPIC));
            return await().atMost(Duration.ofSeconds(60)).until(() -> {
                Optional<ConsumerRecord<String, byte[]>> found = Optional.empty();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header seq = record.headers().lastHeader("ce_axonmessageaggregateseq");
                    if (meetingId.equals(record.key()) && seq != null
                            && Long.toString(sequence).equals(new String(seq.value(), StandardCharsets.UTF_8))) {
                        found = Optional.of(record);
                    }
                }
                return found;
            }, Optional::isPresent).orElseThrow();
        }
    }
}
