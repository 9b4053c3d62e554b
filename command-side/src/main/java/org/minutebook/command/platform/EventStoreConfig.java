package org.minutebook.command.platform;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.SQLException;

@Configuration
class EventStoreConfig {

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * PostgreSQL reports a duplicate (aggregate, sequence number) by SQLSTATE, which Axon's default resolver does
     * not read: without this a concurrent append surfaces as a 500 instead of a 409 concurrent-change.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return EventStoreConfig::isUniqueViolation;
    }

    private static boolean isUniqueViolation(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
