package org.minutebook.command.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.minutebook.command.platform.Publications;
import org.minutebook.events.EventContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;

/**
 * The chain heads on {@value EventContract#CHAIN_HEADS_TOPIC}, a topic retained forever that the event store's
 * administrator cannot rewrite: what the topic says a record's chain was is what {@code verify} holds the database
 * to. Each batch of seals is published once in every partition that holds a record it seals (the partition the
 * record's id maps to), keyed {@code batch-<id>}; seals signed one by one before that were published one a record,
 * keyed by the record's id, and are read as they are.
 */
@Component
class ChainHeads {

    private static final Logger LOG = LoggerFactory.getLogger(ChainHeads.class);
    private static final String TOPIC = EventContract.CHAIN_HEADS_TOPIC;
    private static final String BATCH_KEY = "batch-";
    /** Heads are looked for from a while before the record's first seal: clocks of instances and brokers differ. */
    private static final Duration CLOCK_MARGIN = Duration.ofHours(1);

    private final String bootstrapServers;
    private final Duration readTimeout;
    private final ObjectMapper json;
    private final KafkaProducer<String, String> producer;

    ChainHeads(KafkaProperties kafka, ObjectMapper json,
               @Value("${minutebook.seals.heads-read-timeout}") Duration readTimeout) {
        this.bootstrapServers = String.join(",", kafka.getBootstrapServers());
        this.json = json;
        this.readTimeout = readTimeout;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "minutebook-command-side-chain-heads",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000"), new StringSerializer(), new StringSerializer());
    }

    /** What the topic holds for a record: seals signed one by one, and the batches that seal some of its events. */
    record Published(List<SignedSeal> seals, List<SealBatch> batches) {
    }

    /** A batch as published: its statement and signature as signed, and where it is stored. */
    record BatchHead(String format, long batchId, String statement, String signature) {
    }

    /**
     * Publishes the batch in every partition that holds one of its records, and awaits the broker's
     * acknowledgements: the sealing batch commits only once the broker holds them.
     */
    void publish(SealBatch batch) {
        int partitions = producer.partitionsFor(TOPIC).size();
        Set<Integer> holding = new TreeSet<>();
        batch.seals().forEach(seal -> holding.add(partitionOf(seal.recordId(), partitions)));
        try {
            String head = json.writeValueAsString(new BatchHead(SealBatch.FORMAT, batch.batchId(), batch.statement(),
                    batch.signature()));
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
            for (int partition : holding) {
                acknowledgements.add(producer.send(new ProducerRecord<>(TOPIC, partition,
                        BATCH_KEY + batch.batchId(), head)));
            }
            Publications.awaitAll(acknowledgements, "the chain heads");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The producer's default partitioning of a keyed record: murmur2 of the key's bytes. */
    private static int partitionOf(String recordId, int partitions) {
        return Utils.toPositive(Utils.murmur2(recordId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * Every head published for the record, in the order published, from a while before {@code since} (the time
     * its first seal was signed) or, when that is unknown, from the start. Reads the one partition the record's id
     * maps to, up to its end when asked; empty when the topic could not be read in time.
     */
    Optional<Published> of(String recordId, Instant since) {
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "minutebook-command-side-verify",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(readTimeout.toMillis()),
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(readTimeout.toMillis())),
                new StringDeserializer(), new StringDeserializer())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, readTimeout);
            if (partitions.isEmpty()) {
                return Optional.empty();
            }
            TopicPartition partition = new TopicPartition(TOPIC, partitionOf(recordId, partitions.size()));
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), readTimeout).get(partition);
            consumer.seek(partition, start(consumer, partition, since, end));
            List<SignedSeal> heads = new ArrayList<>();
            List<SealBatch> batches = new ArrayList<>();
            while (consumer.position(partition, remaining(deadline)) < end) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Reading the chain heads of {} took longer than {}", recordId, readTimeout);
                    return Optional.empty();
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= end || record.key() == null) {
                        continue;
                    }
                    if (recordId.equals(record.key())) {
                        heads.add(head(record));
                    } else if (record.key().startsWith(BATCH_KEY)) {
                        batch(record).filter(batch -> !batch.of(recordId).isEmpty()).ifPresent(batches::add);
                    }
                }
            }
            return Optional.of(new Published(heads, batches));
        } catch (KafkaException | IllegalStateException e) {
            LOG.warn("Could not read the chain heads of {}: {}", recordId, e.toString());
            return Optional.empty();
        }
    }

    private long start(KafkaConsumer<String, String> consumer, TopicPartition partition, Instant since, long end) {
        if (since == null) {
            return consumer.beginningOffsets(List.of(partition), readTimeout).get(partition);
        }
        OffsetAndTimestamp first = consumer.offsetsForTimes(
                Map.of(partition, since.minus(CLOCK_MARGIN).toEpochMilli()), readTimeout).get(partition);
        return first == null ? end : first.offset();
    }

    /**
     * A batch as published; one that cannot be read names no record (it cannot be told whose it is), and one whose
     * statement a trusted key did not sign is reported by verify for each record it names.
     */
    private Optional<SealBatch> batch(ConsumerRecord<String, String> record) {
        try {
            BatchHead head = json.readValue(record.value(), BatchHead.class);
            return SealBatch.read(head.batchId(), head.statement(), head.signature());
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    /** A head as published; one that cannot be read is kept unsigned, so verify reports it. */
    private SignedSeal head(ConsumerRecord<String, String> record) {
        try {
            return json.readValue(record.value(), SignedSeal.class);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return new SignedSeal(record.key(), -1, null, null, null, null);
        }
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
