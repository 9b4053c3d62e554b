package org.minutebook.query.health;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The {@code kafka} health component: the meeting events topic's end offsets can be read within a short timeout.
 * While they cannot, the read models fall behind (queries still answer what was projected).
 */
@Component("kafkaHealthIndicator")
class KafkaHealth implements HealthIndicator {

    private final TopicEnds topicEnds;

    KafkaHealth(TopicEnds topicEnds) {
        this.topicEnds = topicEnds;
    }

    @Override
    public Health health() {
        try {
            Map<TopicPartition, Long> ends = topicEnds.read();
            return Health.up().withDetail("partitions", ends.size())
                    .withDetail("records", ends.values().stream().mapToLong(Long::longValue).sum()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down(e).withDetail("timeoutMs", topicEnds.timeoutMs()).build();
        }
    }
}
