package org.minutebook.command.feeds;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.events.committees.CommitteeKind;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRenamed;
import org.minutebook.events.published.Committee;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leicester's Scrutiny Commission is renamed while its decisions are published: each decision names the committee
 * as it was called on its meeting's day, though what its events say is kept between decisions — a renaming recorded
 * after the last decision is read before the next.
 */
class CommitteesOnTheDayTest {

    private static final String COMMISSION = "cyps";
    private static final LocalDate MAY_2021 = LocalDate.of(2021, 5, 20);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CommitteesOnTheDay committees = new CommitteesOnTheDay(store);
    private long sequenceNumber;

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void aDecisionNamesTheCommitteeAsItWasCalledOnItsDayAndARenamingRecordedSinceIsRead() {
        record(new CommitteeRegistered(COMMISSION, "Scrutiny Commission", "Leicester City Council",
                CommitteeKind.SCRUTINY_COMMISSION, "Europe/London"));
        assertThat(committees.of(COMMISSION, MAY_2021.minusDays(1)))
                .isEqualTo(new Committee(COMMISSION, "Scrutiny Commission", "Leicester City Council"));

        record(new CommitteeRenamed(COMMISSION, "Children, Young People and Schools Scrutiny Commission", MAY_2021));

        assertThat(committees.of(COMMISSION, MAY_2021).name())
                .isEqualTo("Children, Young People and Schools Scrutiny Commission");
        assertThat(committees.of(COMMISSION, MAY_2021.minusDays(1)).name()).isEqualTo("Scrutiny Commission");
        assertThat(committees.of(COMMISSION, null).name())
                .isEqualTo("Children, Young People and Schools Scrutiny Commission");
    }

    @Test
    void ofTwoRenamingsFromTheSameDayTheLaterRecordedNamesItAndAnUnknownCommitteeHasNoName() {
        record(new CommitteeRegistered(COMMISSION, "Scrutiny Commission", "Leicester City Council",
                CommitteeKind.SCRUTINY_COMMISSION, "Europe/London"));
        record(new CommitteeRenamed(COMMISSION, "Children's Scrutiny Commission", MAY_2021));
        committees.of(COMMISSION, MAY_2021);
        record(new CommitteeRenamed(COMMISSION, "Children, Young People and Schools Scrutiny Commission", MAY_2021));

        assertThat(committees.of(COMMISSION, MAY_2021.plusDays(1)).name())
                .isEqualTo("Children, Young People and Schools Scrutiny Commission");
        assertThat(committees.of("never-registered", MAY_2021))
                .isEqualTo(new Committee("never-registered", null, null));
        assertThat(committees.of(null, MAY_2021)).isEqualTo(new Committee(null, null, null));
    }

    private void record(Object event) {
        store.publish(new GenericDomainEventMessage<>("Committee", COMMISSION, sequenceNumber++, event));
    }
}
