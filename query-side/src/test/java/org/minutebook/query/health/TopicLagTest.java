package org.minutebook.query.health;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many of the meetings' events on the topic (three partitions, each meeting's events in one) a read model has
 * still to project.
 */
class TopicLagTest {

    private static final TopicPartition FIRST = new TopicPartition("minutebook.meeting-events", 0);
    private static final TopicPartition SECOND = new TopicPartition("minutebook.meeting-events", 1);
    private static final TopicPartition THIRD = new TopicPartition("minutebook.meeting-events", 2);

    @Test
    void aReadModelThatProjectedTheLastRecordOfEveryPartitionIsNoEventsBehind() {
        // 54 events of November 2020 in the first partition, 62 of November 2021 in the second, none in the third
        Map<TopicPartition, Long> ends = Map.of(FIRST, 54L, SECOND, 62L, THIRD, 0L);
        assertThat(TopicLag.eventsBehind(ends, Map.of(FIRST, 53L, SECOND, 61L))).isZero();
    }

    @Test
    void anApologyAndADeclarationNotYetProjectedAreTwoEventsBehind() {
        Map<TopicPartition, Long> ends = Map.of(FIRST, 56L, SECOND, 62L);
        assertThat(TopicLag.eventsBehind(ends, Map.of(FIRST, 53L, SECOND, 61L))).isEqualTo(2);
    }

    @Test
    void aPartitionTheReadModelHasNotReadYetCountsEveryRecordInIt() {
        // a rebuild has projected the first meeting's partition, not yet the second's
        Map<TopicPartition, Long> ends = Map.of(FIRST, 54L, SECOND, 62L);
        assertThat(TopicLag.eventsBehind(ends, Map.of(FIRST, 53L))).isEqualTo(62);
    }

    @Test
    void aPositionReadAfterTheEndOffsetsNeverMakesTheLagNegative() {
        // the end offsets are read first; a record projected in between takes the position past them
        Map<TopicPartition, Long> ends = Map.of(FIRST, 54L, SECOND, 62L);
        assertThat(TopicLag.eventsBehind(ends, Map.of(FIRST, 55L, SECOND, 58L))).isEqualTo(3);
    }
}
