package org.minutebook.command.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.minutebook.access.Actor;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Who recorded each fact, and in which request: every command carries {@code recordedBy} (the signed-in
 * principal: a built-in user's name, a token's subject), {@code recordedByName} (the name to show for them) and
 * {@code requestId} ({@code X-Request-Id}, checked by {@link CommandDispatch}, or a new one), and the events it
 * records inherit them, with Axon's correlation ids. Nothing the caller sends can name someone else as the actor.
 */
@Configuration
class RecordedBy {

    static final String RECORDED_BY = "recordedBy";
    static final String RECORDED_BY_NAME = "recordedByName";
    static final String REQUEST_ID = "requestId";
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider recordedByAndRequest() {
        return new SimpleCorrelationDataProvider(RECORDED_BY, RECORDED_BY_NAME, REQUEST_ID);
    }

    /** Registered by Axon with the command gateway. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> stampFromRequest() {
        return new StampFromRequest();
    }

    private static final Actor UNSIGNED = new Actor("unsigned", "unsigned", Set.of(), Set.of());

    private static final class StampFromRequest implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
                if (!(attributes instanceof ServletRequestAttributes servlet) || command.getMetaData().containsKey(RECORDED_BY)) {
                    return command;
                }
                HttpServletRequest request = servlet.getRequest();
                // every write is signed in (Access); the fallback names a command sent with no request behind it
                Actor actor = Actor.current().orElse(UNSIGNED);
                String requestId = orElse(request.getHeader(REQUEST_ID_HEADER), UUID.randomUUID().toString());
                return command.andMetaData(Map.of(RECORDED_BY, actor.id(), RECORDED_BY_NAME, actor.displayName(),
                        REQUEST_ID, requestId));
            };
        }

        private static String orElse(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value.strip();
        }
    }
}
