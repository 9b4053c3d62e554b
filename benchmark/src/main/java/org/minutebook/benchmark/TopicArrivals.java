package org.minutebook.benchmark;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each event of the freshness figure reached Kafka, so its time to readable splits into the command side's
 * half (answer to topic) and the query side's (topic to read model). Reads the topic from its end as the figure
 * starts, on a thread of its own, keeping each record's timestamp by meeting and sequence number (the record's
 * key and its {@value #SEQUENCE_HEADER} header, as the command side publishes them). The timestamp is the
 * producer's clock when it sent the record (Kafka's CreateTime), on this machine, in milliseconds.
 */
final class TopicArrivals implements AutoCloseable {

    static final String SEQUENCE_HEADER = "ce_axonmessageaggregateseq";

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread reader;
    private volatile boolean reading = true;

    TopicArrivals(Run run) {
        consumer = new KafkaConsumer<>(TopicCopies.consumerProperties(run));
        consumer.assign(TopicCopies.partitions(consumer));
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        reader = new Thread(this::read, "topic-arrivals");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            while (reading) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    Header sequence = record.headers().lastHeader(SEQUENCE_HEADER);
                    if (sequence != null && record.key() != null
                            && record.timestampType() == TimestampType.CREATE_TIME) {
                        arrivals.put(new String(record.key(), StandardCharsets.UTF_8) + ":"
                                + new String(sequence.value(), StandardCharsets.UTF_8).trim(), record.timestamp());
                    }
                }
            }
        } finally {
            consumer.close();
        }
    }

    /** When the meeting's event of this sequence number reached the topic, epoch milliseconds, if read yet. */
    OptionalLong arrival(String meetingId, long sequenceNumber) {
        Long at = arrivals.get(meetingId + ":" + sequenceNumber);
        return at == null ? OptionalLong.empty() : OptionalLong.of(at);
    }

    /** How many events it has read. */
    int size() {
        return arrivals.size();
    }

    @Override
    public void close() throws InterruptedException {
        reading = false;
        reader.join(10_000);
    }
}
