package org.minutebook.query.record;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The meeting records' processor hands each batch's writes on before it stores the position after it
 * ({@link RecordProjection#writeAfterLastEvent}): registered here as the processor's handler interceptor, and only
 * here (no bean of the query side is an interceptor: Axon's auto-configuration registers every one for every
 * processor); and its positions are stored behind the writes in flight ({@link PositionsAfterWrites}).
 */
@Configuration
class BatchesBeforePositions {

    @Autowired
    void writeEachBatchBeforeItsPosition(EventProcessingConfigurer processing, RecordProjection projection,
                                         TokenStore positions, WritesInFlight writes) {
        MessageHandlerInterceptor<EventMessage<?>> writer = projection::writeAfterLastEvent;
        processing.registerHandlerInterceptor(RecordProjection.NAME, configuration -> writer);
        TokenStore afterWrites = new PositionsAfterWrites(positions, writes);
        processing.registerTokenStore(RecordProjection.NAME, configuration -> afterWrites);
    }
}
