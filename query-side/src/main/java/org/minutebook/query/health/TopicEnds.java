package org.minutebook.query.health;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.minutebook.events.EventContract;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The end offsets of the meeting events topic (where its next record will be written, per partition), read with
 * a short timeout: what the processors' lag is measured against, and whether Kafka answers at all.
 */
@Component
class TopicEnds implements DisposableBean {

    private final Admin admin;
    private final long timeoutMs;

    TopicEnds(KafkaProperties kafka, @Value("${minutebook.health.kafka-timeout}") Duration timeout) {
        this.timeoutMs = timeout.toMillis();
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                AdminClientConfig.CLIENT_ID_CONFIG, "minutebook-query-side-health",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMs,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeoutMs));
    }

    /** Throws when the brokers do not answer within the timeout. */
    Map<TopicPartition, Long> read() throws ExecutionException, InterruptedException,
            java.util.concurrent.TimeoutException {
        TopicDescription topic = admin.describeTopics(List.of(EventContract.MEETING_EVENTS_TOPIC)).allTopicNames()
                .get(timeoutMs, TimeUnit.MILLISECONDS).get(EventContract.MEETING_EVENTS_TOPIC);
        Map<TopicPartition, OffsetSpec> latest = topic.partitions().stream()
                .map(partition -> new TopicPartition(topic.name(), partition.partition()))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest, new ListOffsetsOptions()).all().get(timeoutMs, TimeUnit.MILLISECONDS)
                .forEach((partition, offset) -> ends.put(partition, offset.offset()));
        return ends;
    }

    long timeoutMs() {
        return timeoutMs;
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
