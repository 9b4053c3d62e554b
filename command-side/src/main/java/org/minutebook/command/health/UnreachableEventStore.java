package org.minutebook.command.health;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minutebook.access.AccessProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * A command (or a read of the history) that cannot reach PostgreSQL answers 503 {@code event-store-unavailable}
 * with {@code Retry-After}, within the pool's connection timeout, instead of a 500 after half a minute.
 * <p>
 * A resolver rather than an {@code @ExceptionHandler}: the failure arrives in many wrappings (Spring's transaction
 * and data-access exceptions, Axon's event store exceptions, the command gateway's), so it is recognised by its
 * cause, and anything else passes on untouched to the problem handlers.
 */
@Component
class UnreachableEventStore implements HandlerExceptionResolver, Ordered {

    private static final String RULE = "event-store-unavailable";
    /** Seconds: a restarted PostgreSQL accepts connections within a few. */
    private static final String RETRY_AFTER = "5";
    private static final Logger LOG = LoggerFactory.getLogger(UnreachableEventStore.class);

    private final AccessProblems problems;

    UnreachableEventStore(AccessProblems problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!unreachable(failure)) {
            return null;
        }
        // one line per refused request, not a stack trace: an outage refuses many
        LOG.warn("{} answered 503: the event store is unreachable ({})", request.getRequestURI(), failure.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        try {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, RULE, "The event store (PostgreSQL) could "
                    + "not be reached in time; retry shortly. A retry with the same Idempotency-Key records the "
                    + "fact at most once.");
        } catch (IOException e) {
            LOG.debug("The 503 could not be written: the client went away", e);
        }
        return new ModelAndView();
    }

    /**
     * Whether a connection to the database failed, timed out or was cut: SQLSTATE class 08 (connection
     * exception), 57P01-57P03 (server shutting down, crashed, not yet accepting connections) and 57014 (a
     * statement cancelled by the statement timeout).
     */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            // a connection cut mid-command fails the command, then its rollback: the first failure tells why
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && unreachable(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0")
                    || sql.getSQLState().equals("57014"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        // before the @ExceptionHandler resolver (order 0), which would answer a wrapped failure as a 500
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
