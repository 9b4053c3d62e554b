package org.minutebook.query.meetings;

import org.junit.jupiter.api.Test;
import org.minutebook.events.business.ItemWithdrawn;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.query.record.AgendaItem;
import org.minutebook.query.record.ItemStatus;
import org.minutebook.query.record.MeetingStatus;
import org.minutebook.query.record.MinutesStage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The meetings read model: a meeting, where it is in its life, its agenda with each item's status. */
class MeetingsRegisterTest {

    private final MeetingsRegister register = new MeetingsRegister();

    @Test
    void aClosedMeetingHasItsAgendaInOrderWithWhatBecameOfEachItem() {
        MeetingRow meeting = register.rowsOf(ofAMeeting().then(scheduled(), item("19", 1), item("20", 2),
                item("21", 3), opened(), resolved("19", "That the minutes be confirmed."),
                new ItemWithdrawn(MEETING, "item-21", null), closed()).record()).get(0);

        assertThat(meeting.id()).isEqualTo(MEETING);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(meeting.version()).isEqualTo(7);
        assertThat(meeting.date()).hasToString("2020-11-18");
        assertThat(meeting.agenda()).extracting(AgendaItem::number).containsExactly("19", "20", "21");
        assertThat(meeting.agenda()).extracting(AgendaItem::status)
                .containsExactly(ItemStatus.CONSIDERED, ItemStatus.TO_BE_CONSIDERED, ItemStatus.WITHDRAWN);
    }

    @Test
    void theMinutesAreADraftUntilConfirmed() {
        var story = ofAMeeting().then(scheduled(), opened(), closed());
        assertThat(register.rowsOf(story.record()).get(0).minutesStage()).isEqualTo(MinutesStage.DRAFT);

        story.then(new MinutesConfirmed(MEETING, "leics-cfosc-2021-01-19", FRYER));

        assertThat(register.rowsOf(story.record()).get(0).minutesStage()).isEqualTo(MinutesStage.CONFIRMED);
    }

    @Test
    void aMeetingWhoseStartIsNotStatedHasNoDate() {
        MeetingRow meeting = register.rowsOf(ofAMeeting().then(new MeetingScheduled(MEETING, "leics-cfosc",
                "Committee", false, null, null, "Europe/London", "County Hall", List.of(), null)).record()).get(0);

        assertThat(meeting.startsAt()).isNull();
        assertThat(meeting.date()).isNull();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
    }
}
