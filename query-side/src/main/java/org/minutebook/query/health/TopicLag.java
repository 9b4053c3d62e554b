package org.minutebook.query.health;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.minutebook.lag.ProcessorLag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;

/**
 * Events behind, for the read models' processors reading the meeting events topic: per partition, the end offset (where the next record will be
 * written) less the next offset the processor will read (its position, the offset of the last record it handled,
 * plus one; 0 for a partition it has not read yet: the topic keeps every record from offset 0).
 */
@Configuration
class TopicLag implements ProcessorLag.Source<Map<TopicPartition, Long>, Map<TopicPartition, Long>> {

    private final TopicEnds topicEnds;

    TopicLag(TopicEnds topicEnds) {
        this.topicEnds = topicEnds;
    }

    @Bean
    ProcessorLag<Map<TopicPartition, Long>, Map<TopicPartition, Long>> processorsHealthIndicator(EventProcessingConfiguration processing) {
        return new ProcessorLag<>(processing, this);
    }

    @Override
    public Map<TopicPartition, Long> end() throws Exception {
        return topicEnds.read();
    }

    @Override
    public long behind(Map<TopicPartition, Long> endOffsets, Map<TopicPartition, Long> positions) {
        return eventsBehind(endOffsets, positions);
    }

    static long eventsBehind(Map<TopicPartition, Long> endOffsets, Map<TopicPartition, Long> positions) {
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            Long position = positions.get(end.getKey());
            long next = position == null ? 0 : position + 1;
            behind += Math.max(0, end.getValue() - next);
        }
        return behind;
    }

    /** The offset of the last record handled, per partition, over the processor's segments (one, here). */
    @Override
    public Map<TopicPartition, Long> position(StreamingEventProcessor processor) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
            if (token instanceof KafkaTrackingToken kafka) {
                kafka.getPositions().forEach((partition, offset) -> positions.merge(partition, offset, Math::min));
            }
        }
        return positions;
    }
}
