package org.minutebook.command.committees;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.events.committees.CommitteeKind;
import org.minutebook.events.committees.CommitteeRegistered;
import org.minutebook.events.committees.CommitteeRole;
import org.minutebook.events.committees.MemberAppointed;
import org.minutebook.events.committees.MembershipEnded;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.command.meetings.TheMinutes.COLE;
import static org.minutebook.command.meetings.TheMinutes.LEICESTER_CYP;

/**
 * Leicester's Children, Young People and Schools Scrutiny Commission, as meetings of it see it: known from memory
 * once read, yet every change recorded in the event store — by this instance of the command side or another — is
 * answered at the very next command.
 */
class CommitteeViewTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2020, 9, 29);
    private static final String COUNCIL = "Leicester City Council";

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CommitteeView view = new CommitteeView(store);
    private long sequence = -1;

    @AfterEach
    void closeTheStore() {
        store.shutDown();
    }

    @Test
    void aCommitteeRegisteredAfterAMeetingWasRefusedIsKnownAtTheNextCommand() {
        assertThat(view.timeZoneOf(LEICESTER_CYP)).isNull();
        assertThat(view.councilOf(LEICESTER_CYP)).isEmpty();

        recordedElsewhere(new CommitteeRegistered(LEICESTER_CYP, "Children, Young People and Schools Scrutiny "
                + "Commission", COUNCIL, CommitteeKind.SCRUTINY_COMMISSION, "Europe/London"));

        assertThat(view.timeZoneOf(LEICESTER_CYP)).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(view.councilOf(LEICESTER_CYP)).contains(COUNCIL);
    }

    @Test
    void councillorColesAppointmentAndItsEndAreKnownAtTheNextCommand() {
        registered();
        assertThat(view.isMemberOn(LEICESTER_CYP, COLE.id(), MEETING_DAY)).isFalse();

        recordedElsewhere(new MemberAppointed(LEICESTER_CYP, COLE, CommitteeRole.MEMBER, LocalDate.of(2020, 5, 20)));
        assertThat(view.isMemberOn(LEICESTER_CYP, COLE.id(), MEETING_DAY)).isTrue();

        recordedElsewhere(new MembershipEnded(LEICESTER_CYP, COLE.id(), LocalDate.of(2020, 9, 1)));
        assertThat(view.isMemberOn(LEICESTER_CYP, COLE.id(), MEETING_DAY)).isFalse();
    }

    @Test
    void aCommitteeWhoseRegistrationNamesNoCouncilIsNoCouncilsInParticular() {
        recordedElsewhere(new CommitteeRegistered(LEICESTER_CYP, "Scrutiny Commission", null,
                CommitteeKind.SCRUTINY_COMMISSION, "Europe/London"));

        assertThat(view.councilOf(LEICESTER_CYP)).contains("");
    }

    private void registered() {
        recordedElsewhere(new CommitteeRegistered(LEICESTER_CYP, "Children, Young People and Schools Scrutiny "
                + "Commission", COUNCIL, CommitteeKind.SCRUTINY_COMMISSION, "Europe/London"));
    }

    /** Appended to the store as any instance of the command side would, without telling this view. */
    private void recordedElsewhere(Object event) {
        store.publish(new GenericDomainEventMessage<>("Committee", LEICESTER_CYP, ++sequence, event));
    }
}
