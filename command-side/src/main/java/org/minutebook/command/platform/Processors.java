package org.minutebook.command.platform;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The command side's own processors (sealing events, the decisions feed) are tracking processors over the event
 * store, positions in PostgreSQL; a failure is propagated, so the processor retries instead of skipping an event.
 */
@Configuration
class Processors {

    @Autowired
    void trackingAndRetrying(EventProcessingConfigurer processing) {
        processing.usingTrackingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
