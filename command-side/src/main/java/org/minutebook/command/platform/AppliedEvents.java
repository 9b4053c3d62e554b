package org.minutebook.command.platform;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The sequence number each record reached while a command was handled on this thread: its version after the
 * command, known to the dispatch without the command handlers returning it. Axon publishes every event a handler
 * applies on the handling thread, before it is stored; a command that applies nothing leaves its record at the
 * version the dispatch read under the record's lock.
 */
@Configuration
class AppliedEvents implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final ThreadLocal<Map<String, Long>> DURING = new ThreadLocal<>();

    @Autowired
    void watch(EventBus events) {
        events.registerDispatchInterceptor(this);
    }

    /** Runs the command; answers the last sequence number each record it applied events to reached. */
    static Versions during(Supplier<?> command) {
        Map<String, Long> outer = DURING.get();
        Map<String, Long> reached = new HashMap<>();
        DURING.set(reached);
        try {
            command.get();
            return new Versions(reached);
        } finally {
            DURING.set(outer);
            if (outer != null) {
                outer.putAll(reached);
            }
        }
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Long> reached = DURING.get();
        if (reached != null) {
            for (EventMessage<?> message : messages) {
                if (message instanceof DomainEventMessage<?> event) {
                    reached.merge(event.getAggregateIdentifier(), event.getSequenceNumber(), Math::max);
                }
            }
        }
        return (index, message) -> message;
    }

    /** What a command applied, by record. */
    record Versions(Map<String, Long> reached) {

        OptionalLong of(String recordId) {
            Long version = reached.get(recordId);
            return version == null ? OptionalLong.empty() : OptionalLong.of(version);
        }

        boolean anyApplied() {
            return !reached.isEmpty();
        }
    }
}
