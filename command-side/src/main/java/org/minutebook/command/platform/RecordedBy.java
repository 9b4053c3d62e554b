package org.minutebook.command.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Who recorded each fact, and in which request: every command carries {@code recordedBy} (the authenticated user;
 * until sign-in is configured, the {@code X-Recorded-By} header the clerk's tool sends) and {@code requestId}
 * ({@code X-Request-Id}, or a new one), and the events it records inherit them, with Axon's correlation ids.
 */
@Configuration
class RecordedBy {

    static final String RECORDED_BY = "recordedBy";
    static final String REQUEST_ID = "requestId";

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider recordedByAndRequest() {
        return new SimpleCorrelationDataProvider(RECORDED_BY, REQUEST_ID);
    }

    /** Registered by Axon with the command gateway. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> stampFromRequest() {
        return new StampFromRequest();
    }

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
                Principal user = request.getUserPrincipal();
                String recordedBy = user != null ? user.getName() : orElse(request.getHeader("X-Recorded-By"), "anonymous");
                String requestId = orElse(request.getHeader("X-Request-Id"), UUID.randomUUID().toString());
                return command.andMetaData(Map.of(RECORDED_BY, recordedBy, REQUEST_ID, requestId));
            };
        }

        private static String orElse(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value.strip();
        }
    }
}
