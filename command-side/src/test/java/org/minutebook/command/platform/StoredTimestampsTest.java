package org.minutebook.command.platform;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fact recorded at a committee meeting is published with the moment the event store kept for it: read by
 * position, that moment is the one Axon's own parser reads, to the millisecond, whenever it was stored.
 */
class StoredTimestampsTest {

    @Test
    void everyMomentAxonStoresIsReadBackAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(20261208);
        Instant from = Instant.parse("1970-01-01T00:00:00Z");
        Instant to = Instant.parse("9999-12-31T23:59:59.999Z");
        for (int i = 0; i < 100_000; i++) {
            Instant moment = Instant.ofEpochMilli(random.nextLong(from.toEpochMilli(), to.toEpochMilli()));
            String stored = DateTimeUtils.formatInstant(moment);
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored))
                    .isEqualTo(moment);
        }
    }

    @Test
    void aMeetingAtTheEndOfFebruaryInALeapYearIsReadOnItsDay() {
        assertThat(StoredTimestamps.parse("2028-02-29T18:30:00.250Z")).isEqualTo(Instant.parse("2028-02-29T18:30:00.250Z"));
    }

    @Test
    void aMomentStoredInAnotherShapeIsReadByAxonsParser() {
        assertThat(StoredTimestamps.parse("2026-12-08T19:30:00.000+01:00"))
                .isEqualTo(Instant.parse("2026-12-08T18:30:00Z"));
        assertThat(StoredTimestamps.parse("2026-12-08T19:30:00.123456Z"))
                .isEqualTo(Instant.parse("2026-12-08T19:30:00.123456Z"));
        assertThat(StoredTimestamps.parse("+10000-01-01T00:00:00.000Z"))
                .isEqualTo(DateTimeUtils.parseInstant("+10000-01-01T00:00:00.000Z"));
    }

    @Test
    void aMomentThatNeverWasIsRefusedAsAxonRefusesIt() {
        assertThatThrownBy(() -> StoredTimestamps.parse("2026-02-30T19:30:00.000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse("2026-12-08T24:30:00.000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse("2026-12-08T1x:30:00.000Z"))
                .isInstanceOf(DateTimeException.class);
    }
}
