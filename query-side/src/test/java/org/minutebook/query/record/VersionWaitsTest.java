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
 * A clerk reads the minutes she has just written ({@code minVersion}): while this instance projects them, she is told
 * her version and reads nothing back; while another instance projects them, her read looks at the stored version
 * again and again, less often the longer it waits, and is answered once it is there; past its patience it says the
 * read model is behind.
 */
class VersionWaitsTest {

    private static final String MEETING = "leics-cfosc-2020-11-18";

    @Test
    void aReadWaitingForAnotherInstancesProjectionIsAnsweredOnceTheVersionIsStored() {
        AtomicInteger looks = new AtomicInteger();

        new VersionWaits(Duration.ofSeconds(5), () -> false).await(MEETING, 7L, "minutes",
                () -> looks.incrementAndGet() < 3 ? 6 : 7);

        assertThat(looks).hasValue(3);
    }

    @Test
    void aReadWaitingForThisInstancesProjectionIsToldTheVersionWrittenAndReadsNothingBack() throws Exception {
        VersionWaits waits = new VersionWaits(Duration.ofSeconds(5), () -> true);
        AtomicInteger looks = new AtomicInteger();
        CompletableFuture<Void> read = CompletableFuture.runAsync(() -> waits.awaitRecord(MEETING, 7L, "minutes", 6,
                () -> looks.incrementAndGet()));
        Thread.sleep(50);

        // the projection writes version 6 of another meeting, then version 7 of hers
        waits.written(Map.of("leics-ascosc-2021-03-09", 6L));
        waits.written(Map.of(MEETING, 7L));

        read.get(5, TimeUnit.SECONDS);
        assertThat(looks).hasValue(0);
    }

    @Test
    void aReadThatFoundTheMinutesBehindJustBeforeTheProjectionToldHerVersionDoesNotWait() {
        VersionWaits waits = new VersionWaits(Duration.ofSeconds(5), () -> true);
        AtomicInteger looks = new AtomicInteger();

        // her read found version 6; the projection wrote 7 before she began to wait
        waits.written(Map.of(MEETING, 7L));
        long began = System.nanoTime();
        waits.awaitRecord(MEETING, 7L, "minutes", 6, () -> looks.incrementAndGet());

        assertThat(looks).hasValue(0);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofMillis(500));
        assertThat(waits.told(MEETING)).isEqualTo(7);
    }

    @Test
    void aRebuildForgetsTheVersionsTold() {
        VersionWaits waits = new VersionWaits(Duration.ofSeconds(5), () -> true);
        waits.written(Map.of(MEETING, 7L));

        waits.forget();

        assertThat(waits.told(MEETING)).isEqualTo(-1);
    }

    @Test
    void whileAnotherInstanceProjectsAToldWaitStillLooksAtTheStoredVersion() {
        AtomicInteger looks = new AtomicInteger();

        new VersionWaits(Duration.ofSeconds(5), () -> false).awaitRecord(MEETING, 7L, "minutes", 6,
                () -> looks.incrementAndGet() < 2 ? 6 : 7);

        assertThat(looks).hasValue(2);
    }

    @Test
    void aReadWaitingInVainLooksLessAndLessOftenThenSaysTheReadModelIsBehind() {
        AtomicInteger looks = new AtomicInteger();

        assertThatThrownBy(() -> new VersionWaits(Duration.ofSeconds(1), () -> false).await(MEETING, 7L, "minutes", () -> {
            looks.incrementAndGet();
            return 6;
        })).isInstanceOf(ReadModelBehind.class);

        // 20, 40, 80 and then every 160 ms: about ten looks in a second, where every 20 ms made fifty
        assertThat(looks.get()).isBetween(2, 12);
    }
}
