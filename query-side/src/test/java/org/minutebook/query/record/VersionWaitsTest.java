package org.minutebook.query.record;

import org.junit.jupiter.api.Test;
import org.minutebook.query.platform.ReadModelBehind;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A clerk reads the minutes she has just written ({@code minVersion}): while another instance projects them, her read
 * looks at the stored version again and again, less often the longer it waits, and is answered once it is there;
 * past its patience it says the read model is behind.
 */
class VersionWaitsTest {

    private static final String MEETING = "leics-cfosc-2020-11-18";

    @Test
    void aReadWaitingForAnotherInstancesProjectionIsAnsweredOnceTheVersionIsStored() {
        AtomicInteger looks = new AtomicInteger();

        new VersionWaits(Duration.ofSeconds(5)).await(MEETING, 7L, "minutes",
                () -> looks.incrementAndGet() < 3 ? 6 : 7);

        assertThat(looks).hasValue(3);
    }

    @Test
    void aReadWaitingForThisInstancesProjectionIsToldTheVersionWrittenAndReadsNothingBack() throws Exception {
        VersionWaits waits = new VersionWaits(Duration.ofSeconds(5));
        AtomicInteger looks = new AtomicInteger();
        CompletableFuture<Void> read = CompletableFuture.runAsync(() -> waits.await(MEETING, 7L, "minutes", () -> {
            looks.incrementAndGet();
            return 6;
        }));
        while (looks.get() == 0) {
            Thread.onSpinWait();
        }

        // the projection writes version 6 of another meeting, then version 7 of hers
        waits.written(Map.of("leics-ascosc-2021-03-09", 6L));
        waits.written(Map.of(MEETING, 7L));

        read.get(5, TimeUnit.SECONDS);
        assertThat(looks.get()).isLessThan(4);
    }

    @Test
    void aReadWaitingInVainLooksLessAndLessOftenThenSaysTheReadModelIsBehind() {
        AtomicInteger looks = new AtomicInteger();

        assertThatThrownBy(() -> new VersionWaits(Duration.ofSeconds(1)).await(MEETING, 7L, "minutes", () -> {
            looks.incrementAndGet();
            return 6;
        })).isInstanceOf(ReadModelBehind.class);

        // 20, 40, 80 and then every 160 ms: about ten looks in a second, where every 20 ms made fifty
        assertThat(looks.get()).isBetween(2, 12);
    }
}
