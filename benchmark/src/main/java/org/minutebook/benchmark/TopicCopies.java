package org.minutebook.benchmark;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bulk data for the queries and replay figures. Recording 10,000 meetings or 1,000,000 events through HTTP would
 * take hours here, so whole meetings recorded through the command side are copied on the Kafka topic: each copy
 * is the meeting's published records (CloudEvents, as the command side wrote them) with the meeting id replaced
 * in the key, the headers and the JSON, and a new {@code ce_id}. The query side projects the copies like any
 * other events. The copies are not in the event store: they stand only for the read side's load.
 */
final class TopicCopies {

    static final String TOPIC = "minutebook.meeting-events";

    record Template(String meetingId, List<ConsumerRecord<byte[], byte[]>> records) {
        long lastVersion() {
            return records.size() - 1L;
        }
    }

    private TopicCopies() {
    }

    static Properties consumerProperties(Run run) {
        Properties props = new Properties();
        props.put("bootstrap.servers", run.stack.kafka());
        props.put("key.deserializer", ByteArrayDeserializer.class.getName());
        props.put("value.deserializer", ByteArrayDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        return props;
    }

    /** The published records of one meeting, in order, read from the whole topic. */
    static Template template(Run run, String meetingId) {
        byte[] key = meetingId.getBytes(StandardCharsets.UTF_8);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(run))) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 120_000;
            while (!reached(consumer, end) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (java.util.Arrays.equals(record.key(), key)) {
                        records.add(record);
                    }
                }
            }
        }
        return new Template(meetingId, records);
    }

    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer) {
        return consumer.partitionsFor(TOPIC).stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
    }

    static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    static long eventsOnTopic(Run run) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(run))) {
            return consumer.endOffsets(partitions(consumer)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Writes copies of the templates (taking turns) as meetings {@code ids.get(i)}; returns, per partition, the
     * last copy written there, so a caller can wait until the query side has projected everything.
     */
    static Map<Integer, String> copy(Run run, List<Template> templates, List<String> ids) {
        Properties props = new Properties();
        props.put("bootstrap.servers", run.stack.kafka());
        props.put("key.serializer", ByteArraySerializer.class.getName());
        props.put("value.serializer", ByteArraySerializer.class.getName());
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("linger.ms", "20");
        props.put("batch.size", "262144");
        Map<Integer, String> lastPerPartition = new ConcurrentHashMap<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < ids.size(); i++) {
                Template template = templates.get(i % templates.size());
                String id = ids.get(i);
                for (ConsumerRecord<byte[], byte[]> record : template.records()) {
                    List<Header> headers = new ArrayList<>();
                    for (Header header : record.headers()) {
                        byte[] value = header.key().equals("ce_id")
                                ? UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)
                                : replace(header.value(), template.meetingId(), id);
                        headers.add(new RecordHeader(header.key(), value));
                    }
                    producer.send(new ProducerRecord<>(TOPIC, null, id.getBytes(StandardCharsets.UTF_8),
                            replace(record.value(), template.meetingId(), id), headers), (metadata, error) -> {
                        if (error == null) {
                            lastPerPartition.put(metadata.partition(), id);
                        }
                    });
                }
            }
            producer.flush();
        }
        return new HashMap<>(lastPerPartition);
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        if (bytes == null) {
            return null;
        }
        return new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    /** Waits (bounded) until every meeting read model holds the meeting at the version; false if it does not. */
    static boolean awaitProjected(Run run, String meetingId, long version, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String readModel : List.of("", "/attendance", "/declarations", "/decisions", "/questions", "/actions",
                "/minutes")) {
            String url = run.querySide() + "/api/meetings/" + meetingId + readModel + "?minVersion=" + version;
            while (Http.get(url).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Run.sleep(500);
            }
        }
        return true;
    }
}
