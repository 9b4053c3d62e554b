package org.minutebook.command.meetings;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.minutebook.command.committees.CommitteeRoster;
import org.minutebook.command.committees.Quorum;
import org.minutebook.command.kernel.MeetingTime;
import org.minutebook.command.platform.Sent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerk schedules the Children and Families Overview and Scrutiny Committee of 18 November 2020 and leaves the
 * meeting's id empty: every public address of the meeting then reads {@code leics-cfosc-2020-11-18}, not a UUID.
 */
class MeetingIdsTest {

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final MeetingIds ids = new MeetingIds(events, new London());

    @Test
    void aMeetingLeftWithoutAnIdIsNamedByItsCommitteeAndDay() {
        assertThat(idOf(schedule(null, LocalDate.of(2020, 11, 18), null))).isEqualTo("leics-cfosc-2020-11-18");
        assertThat(idOf(schedule("", null, MeetingTime.parse("18/11/2020 9.30am"))))
                .isEqualTo("leics-cfosc-2020-11-18");
    }

    @Test
    void aSecondMeetingThatDayIsNamedApart() {
        events.publish(new GenericDomainEventMessage<>("Meeting", "leics-cfosc-2020-11-18", 0, "scheduled"));

        assertThat(idOf(schedule(null, LocalDate.of(2020, 11, 18), null))).isEqualTo("leics-cfosc-2020-11-18-2");
    }

    @Test
    void aMeetingWhoseDayIsNotGivenIsUndated() {
        assertThat(idOf(schedule(null, null, null))).isEqualTo("leics-cfosc-undated");
    }

    @Test
    void anIdTheClerkGivesIsKept() {
        assertThat(idOf(schedule("cfosc-special", LocalDate.of(2020, 11, 18), null))).isEqualTo("cfosc-special");
    }

    private String idOf(ScheduleMeeting command) {
        return ids.named(Sent.of(command)).command().meetingId();
    }

    private static ScheduleMeeting schedule(String id, LocalDate date, MeetingTime startsAt) {
        return new ScheduleMeeting(id, "leics-cfosc", "Children and Families Overview and Scrutiny Committee", false,
                startsAt, date, null, null, null);
    }

    private static final class London implements CommitteeRoster {

        @Override
        public boolean isMemberOn(String committeeId, String memberId, LocalDate date) {
            return false;
        }

        @Override
        public ZoneId timeZoneOf(String committeeId) {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Optional<Quorum> quorumOn(String committeeId, LocalDate date) {
            return Optional.empty();
        }

        @Override
        public Optional<String> councilOf(String committeeId) {
            return Optional.of("Leicestershire County Council");
        }
    }
}
