package org.minutebook.command.health;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a clerk's command mean the event store could not be reached (503), and which do not. */
class UnreachableEventStoreTest {

    @Test
    void noConnectionWithinThePoolsTimeoutIsUnreachable() {
        assertThat(UnreachableEventStore.unreachable(new CannotCreateTransactionException("Could not open JDBC "
                + "Connection for transaction", new SQLTransientConnectionException("request timed out after 3000ms",
                "08001", new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void aConnectionCutWhileTheApologyWasBeingRecordedIsUnreachableThoughItsRollbackFailedToo() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("lock",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(UnreachableEventStore.unreachable(rollbackFailed)).isTrue();
    }

    @Test
    void aStatementEndedByTheStatementTimeoutIsUnreachable() {
        assertThat(UnreachableEventStore.unreachable(new SQLException("canceling statement due to statement "
                + "timeout", "57014"))).isTrue();
    }

    @Test
    void aDuplicateFactIsNoOutage() {
        // a unique violation is a concurrent change (409), told by the problem handlers
        assertThat(UnreachableEventStore.unreachable(new DataAccessResourceFailureException("insert",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    }
}
