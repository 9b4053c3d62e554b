package org.minutebook.command.platform;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's own processors (sealing events, the decisions feed) are tracking processors over the event
 * store, positions in PostgreSQL, as is the publication of events onto Kafka; a failure is propagated, so the
 * processor retries instead of skipping an event. They work in batches of up to 100 events: one transaction, one
 * position update and (for publication) one wait for the broker per batch, not per event.
 */
@Configuration
class Processors {

    @Autowired
    void trackingAndRetrying(EventProcessingConfigurer processing) {
        processing.usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(configuration -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(100))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
