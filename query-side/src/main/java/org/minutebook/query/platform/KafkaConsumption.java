package org.minutebook.query.platform;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection is a tracking processor reading the meeting events topic, with its own position. A failure
 * while projecting is propagated, so the processor retries from its last position instead of skipping an event.
 * <p>
 * A batch is what has arrived, up to {@code minutebook.projection.batch-size} events: live, a few; catching up or
 * rebuilding, as many as that, so each meeting is written once for many of its events and a position stored once
 * for them all.
 */
@Configuration
class KafkaConsumption {

    @Autowired
    void projectFromKafka(EventProcessingConfigurer processing, StreamableKafkaMessageSource<?, ?> meetingEvents,
                          @Value("${minutebook.projection.batch-size:1000}") int batchSize) {
        processing.usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(batchSize))
                .configureDefaultStreamableMessageSource(configuration -> meetingEvents)
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
