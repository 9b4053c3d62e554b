package org.minutebook.query.record;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The meeting records' processor writes each batch before it stores the position after it
 * ({@link RecordProjection#handle}): registered here as the processor's handler interceptor.
 */
@Configuration
class BatchesBeforePositions {

    @Autowired
    void writeEachBatchBeforeItsPosition(EventProcessingConfigurer processing, RecordProjection projection) {
        processing.registerHandlerInterceptor(RecordProjection.NAME, configuration -> projection);
    }
}
