package org.minutebook.command.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The connection budget of commands: at most the pool's size less what the processors and health checks need run
 * at once, each holding one connection from its lock to its commit. However many requests arrive, publication,
 * sealing and the decisions feed always find a connection, so a burst of commands slows itself, never the path
 * that makes its facts visible. A command that waits longer than the pool's connection timeout for its turn
 * answers 503 {@code event-store-unavailable}, as one that waits for a connection does.
 */
@Component
class CommandPermits {

    /** The three processors over the event store, the event store's reader, and a health check. */
    static final int KEPT_FOR_OTHERS = 5;

    private final Semaphore permits;
    private final Duration patience;

    CommandPermits(DataSource dataSource,
                   @Value("${spring.datasource.hikari.connection-timeout:3000}") long patienceMillis) {
        int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
        this.permits = new Semaphore(Math.max(1, pool - KEPT_FOR_OTHERS));
        this.patience = Duration.ofMillis(patienceMillis);
    }

    /**
     * A turn for the command. A command sent inside a transaction (the importer's page, which holds its connection
     * already) runs in that transaction's place: waiting for a turn there could wait on itself.
     */
    Permit acquire() throws SQLTransientConnectionException {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return () -> {
            };
        }
        try {
            if (!permits.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException("No turn for a command within " + patience.toMillis()
                        + " ms: " + permits.getQueueLength() + " commands wait for the event store");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for a turn", e);
        }
        return permits::release;
    }

    /** A command's turn, given back when it ends. */
    interface Permit extends AutoCloseable {

        @Override
        void close();
    }
}
