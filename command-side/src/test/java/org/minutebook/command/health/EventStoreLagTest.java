package org.minutebook.command.health;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** How many of the facts a clerk has recorded the publication (or sealing) has still to handle. */
class EventStoreLagTest {

    @Test
    void aPublicationThatHandledTheLastApologyRecordedIsNoEventsBehind() {
        // a meeting scheduled, opened and an apology recorded: global indexes 1, 2 and 3, all published
        assertThat(EventStoreLag.behind(1L, 3L, OptionalLong.of(3))).isZero();
    }

    @Test
    void threeDeclarationsRecordedWhileKafkaWasDownAreThreeEventsBehind() {
        assertThat(EventStoreLag.behind(1L, 6L, OptionalLong.of(3))).isEqualTo(3);
    }

    @Test
    void aProcessorThatHasHandledNothingIsBehindByEveryEventStored() {
        // the store's first index need not be 1 (a restored database); every stored event counts once
        assertThat(EventStoreLag.behind(40L, 49L, OptionalLong.empty())).isEqualTo(10);
    }

    @Test
    void beforeTheFirstMeetingIsScheduledNothingIsBehind() {
        assertThat(EventStoreLag.behind(null, null, OptionalLong.empty())).isZero();
    }

    @Test
    void aPositionReadJustAfterTheHighestIndexIsNeverNegative() {
        // the highest index is read first, the position after: an append in between moves the position past it
        assertThat(EventStoreLag.behind(1L, 5L, OptionalLong.of(7))).isZero();
    }
}
