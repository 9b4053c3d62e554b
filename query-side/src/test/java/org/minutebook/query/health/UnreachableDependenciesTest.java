package org.minutebook.query.health;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of an officer's query (or an operator's rebuild) mean a server could not be reached. */
class UnreachableDependenciesTest {

    @Test
    void noMongoServerSelectedInTimeIsReadModelsUnavailable() {
        assertThat(UnreachableDependencies.unreachable(new MongoTimeoutException("Timed out after 3000 ms while "
                + "waiting for a server"))).isEqualTo(UnreachableDependencies.READ_MODELS);
    }

    @Test
    void aMongoConnectionRefusedMidQueryIsReadModelsUnavailable() {
        assertThat(UnreachableDependencies.unreachable(new IllegalStateException("reading the agenda",
                new MongoSocketOpenException("Exception opening socket", new ServerAddress(),
                        new ConnectException("Connection refused"))))).isEqualTo(UnreachableDependencies.READ_MODELS);
    }

    @Test
    void theTopicsEndOffsetsNotReadInTimeForARebuildIsBrokerUnavailable() {
        assertThat(UnreachableDependencies.unreachable(new ExecutionException(new TimeoutException(
                "Timeout of 5000ms expired before the position could be determined"))))
                .isEqualTo(UnreachableDependencies.BROKER);
    }

    @Test
    void anUnknownMeetingIsNoOutage() {
        assertThat(UnreachableDependencies.unreachable(new IllegalArgumentException("no such meeting"))).isNull();
    }
}
