package org.minutebook.query.deadletters;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.minutebook.events.Person;
import org.minutebook.events.attendance.ApologyRecorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is parked and what is retried when the apology of a meeting cannot be projected. */
class ParkingPolicyTest {

    private final ParkingPolicy policy = new ParkingPolicy();
    private final DeadLetter<EventMessage<?>> apology = new GenericDeadLetter<>("cfosc-2021-11-02",
            new GenericDomainEventMessage<>("Meeting", "cfosc-2021-11-02", 2, new ApologyRecorded(
                    "cfosc-2021-11-02", new Person("cole", "Councillor Cole"), null)));

    @Test
    void anApologyThatCannotBeFoldedIsParkedWithItsFirstAttemptCounted() {
        IllegalStateException unreadable = new IllegalStateException("Unreadable stored record cfosc-2021-11-02");

        EnqueueDecision<EventMessage<?>> decision = policy.decide(apology, unreadable);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).contains(unreadable);
        assertThat(ParkingPolicy.attempts(decision.withDiagnostics(apology))).isEqualTo(1);
    }

    @Test
    void whileMongoDbIsUnreachableNothingIsParkedAndTheProcessorRetries() {
        MongoSocketReadException outage = new MongoSocketReadException("Prematurely reached end of stream",
                new ServerAddress("localhost", 27017));

        assertThatThrownBy(() -> policy.decide(apology, new IllegalStateException("folding failed", outage)))
                .isInstanceOf(ParkingPolicy.StoreUnavailable.class)
                .hasRootCause(outage);
    }
}
