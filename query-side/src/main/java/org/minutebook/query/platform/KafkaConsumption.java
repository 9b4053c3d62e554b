package org.minutebook.query.platform;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.StreamableKafkaMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Every projection is a tracking processor reading the meeting events topic, with its own position. A failure
 * while projecting is propagated, so the processor retries from its last position instead of skipping an event.
 */
@Configuration
class KafkaConsumption {

    @Autowired
    void projectFromKafka(EventProcessingConfigurer processing, StreamableKafkaMessageSource<?, ?> meetingEvents) {
        processing.usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        // a position is stored per batch, not per event: catching up is many times faster
                        .andBatchSize(100))
                .configureDefaultStreamableMessageSource(configuration -> meetingEvents)
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
