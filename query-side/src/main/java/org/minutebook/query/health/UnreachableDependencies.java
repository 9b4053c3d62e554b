package org.minutebook.query.health;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.TimeoutException;
import org.minutebook.access.AccessProblems;
import org.minutebook.access.UnreachableServers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A query that cannot reach MongoDB answers 503 {@code read-models-unavailable}, and a request that needs Kafka
 * when it is down (starting a rebuild) 503 {@code broker-unavailable}, both with {@code Retry-After}, within the
 * clients' timeouts: never a 500 after half a minute.
 */
@Configuration
class UnreachableDependencies {

    static final UnreachableServers.Server READ_MODELS = new UnreachableServers.Server("read-models-unavailable",
            "The read models (MongoDB) could not be reached in time; retry shortly");
    static final UnreachableServers.Server BROKER = new UnreachableServers.Server("broker-unavailable",
            "Kafka could not be reached in time; retry shortly");

    @Bean
    UnreachableServers serverUnavailableAnswers(AccessProblems problems) {
        return new UnreachableServers(problems, UnreachableDependencies::unreachable);
    }

    /**
     * Which server a failure could not reach, or null: no server selected in time or a connection cut
     * (MongoDB), a request to the brokers timed out (Kafka).
     */
    static UnreachableServers.Server unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException) {
                return READ_MODELS;
            }
            if (cause instanceof TimeoutException) {
                return BROKER;
            }
        }
        return null;
    }
}
