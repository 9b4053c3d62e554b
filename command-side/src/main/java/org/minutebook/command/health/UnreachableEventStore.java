package org.minutebook.command.health;

import org.minutebook.access.AccessProblems;
import org.minutebook.access.UnreachableServers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * A command (or a read of the history) that cannot reach PostgreSQL answers 503 {@code event-store-unavailable}
 * with {@code Retry-After}, within the pool's connection timeout, instead of a 500 after half a minute. The
 * failure arrives in many wrappings (Spring's transaction and data-access exceptions, Axon's event store
 * exceptions, the command gateway's), so it is recognised by its cause.
 */
@Configuration
class UnreachableEventStore {

    private static final UnreachableServers.Server EVENT_STORE = new UnreachableServers.Server(
            "event-store-unavailable", "The event store (PostgreSQL) could not be reached in time; retry shortly. "
            + "A retry with the same Idempotency-Key records the fact at most once.");

    @Bean
    UnreachableServers eventStoreUnavailableAnswer(AccessProblems problems) {
        return new UnreachableServers(problems, failure -> unreachable(failure) ? EVENT_STORE : null);
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
}
