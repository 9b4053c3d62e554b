package org.minutebook.query.health;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.kafka.common.errors.TimeoutException;
import org.minutebook.access.AccessProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * A query that cannot reach MongoDB answers 503 {@code read-models-unavailable}, and a request that needs Kafka
 * when it is down (starting a rebuild) 503 {@code broker-unavailable}, both with {@code Retry-After}, within the
 * clients' timeouts: never a 500 after half a minute.
 * <p>
 * A resolver ahead of every {@code @ExceptionHandler}, recognising the failure by its cause wherever it is
 * wrapped; anything else passes on untouched to the problem handlers.
 */
@Component
class UnreachableDependencies implements HandlerExceptionResolver, Ordered {

    /** Seconds: a restarted server is back within a few, and the clients reconnect by themselves. */
    private static final String RETRY_AFTER = "5";
    private static final Logger LOG = LoggerFactory.getLogger(UnreachableDependencies.class);

    private final AccessProblems problems;

    UnreachableDependencies(AccessProblems problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        Unreachable unreachable = Unreachable.of(failure);
        if (unreachable == null) {
            return null;
        }
        // one line per refused request, not a stack trace: an outage refuses many
        LOG.warn("{} answered 503: {} ({})", request.getRequestURI(), unreachable.detail, failure.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        try {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, unreachable.rule, unreachable.detail);
        } catch (IOException e) {
            LOG.debug("The 503 could not be written: the client went away", e);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        // before the @ExceptionHandler resolver (order 0), whose catch-all would answer these as a 500
        return Ordered.HIGHEST_PRECEDENCE;
    }

    enum Unreachable {
        READ_MODELS("read-models-unavailable", "The read models (MongoDB) could not be reached in time; retry shortly"),
        BROKER("broker-unavailable", "Kafka could not be reached in time; retry shortly");

        private final String rule;
        private final String detail;

        Unreachable(String rule, String detail) {
            this.rule = rule;
            this.detail = detail;
        }

        /**
         * Which server a failure could not reach, or null: no server selected in time or a connection cut
         * (MongoDB), a request to the brokers timed out (Kafka).
         */
        static Unreachable of(Throwable failure) {
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
}
