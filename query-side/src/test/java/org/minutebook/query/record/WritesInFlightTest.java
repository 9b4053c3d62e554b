package org.minutebook.query.record;

import com.mongodb.MongoException;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The meeting records' writes in flight while the next batch is folded, and the processor's positions stored behind
 * them: a position stored still says every batch before it is written, and a write that fails sends the processor
 * back to the position before it, every batch after it projected again.
 */
class WritesInFlightTest {

    private static final String PROCESSOR = RecordProjection.NAME;

    private final WritesInFlight inFlight = new WritesInFlight();
    private final TokenStore stored = new InMemoryTokenStore();
    private final TokenStore positions = new PositionsAfterWrites(stored, inFlight);
    private final CountDownLatch mongoAnswers = new CountDownLatch(1);

    @BeforeEach
    void theProcessorHasProjectedTheCommitteeSoFar() {
        stored.initializeTokenSegments(PROCESSOR, 1, position(10));
        positions.fetchToken(PROCESSOR, 0);
    }

    @AfterEach
    void stop() {
        mongoAnswers.countDown();
        inFlight.stop();
    }

    @Test
    void theApologiesBatchPositionIsStoredOnlyOnceItsWritesAreDone() throws Exception {
        inFlight.write(List.of("cabinet-2021-03-09"), this::whenMongoAnswers);
        positions.storeToken(position(11), PROCESSOR, 0);

        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(position(10));
        mongoAnswers.countDown();
        inFlight.awaitAll();
        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(position(11));
    }

    @Test
    void aWriteThatFailsAfterTheNextBatchFoldedLeavesThePositionBeforeItAndBothAreProjectedAgain() {
        inFlight.write(List.of("cabinet-2021-03-09"), () -> {
            whenMongoAnswers();
            throw new MongoException("the MongoDB-wire server went away");
        });
        positions.storeToken(position(11), PROCESSOR, 0);
        // the next batch, another meeting's vote, is read and folded meanwhile
        inFlight.awaitMeetings(List.of("cfosc-2021-12-07"));
        AtomicBoolean voteWritten = new AtomicBoolean();
        mongoAnswers.countDown();
        inFlight.write(List.of("cfosc-2021-12-07"), () -> voteWritten.set(true));
        // the failure reaches the vote's batch on the writer's thread; once it has, the next position hears of it
        inFlight.awaitAll();

        assertThatThrownBy(() -> positions.storeToken(position(12), PROCESSOR, 0))
                .isInstanceOf(MongoException.class);
        assertThat(voteWritten).isFalse();
        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(position(10));
        // the processor goes back to its stored position and projects both batches again
        assertThat(positions.fetchToken(PROCESSOR, 0)).isEqualTo(position(10));
        inFlight.write(List.of("cabinet-2021-03-09", "cfosc-2021-12-07"), () -> voteWritten.set(true));
        positions.storeToken(position(12), PROCESSOR, 0);
        inFlight.awaitAll();
        assertThat(voteWritten).isTrue();
        assertThat(stored.fetchToken(PROCESSOR, 0)).isEqualTo(position(12));
    }

    @Test
    void anIdleProcessorIsToldOfAFailedWriteWhenItNextExtendsItsClaim() {
        inFlight.write(List.of("cabinet-2021-03-09"), () -> {
            throw new MongoException("the MongoDB-wire server went away");
        });
        inFlight.awaitAll();

        assertThatThrownBy(() -> positions.extendClaim(PROCESSOR, 0)).isInstanceOf(MongoException.class);
    }

    @Test
    void theNextBatchReadsAMeetingStillBeingWrittenOnlyOnceItIsWritten() throws Exception {
        inFlight.write(List.of("cabinet-2021-03-09"), this::whenMongoAnswers);
        CompletableFuture<Void> nextBatchRead = CompletableFuture.runAsync(
                () -> inFlight.awaitMeetings(List.of("cfosc-2021-12-07", "cabinet-2021-03-09")));
        // another meeting's batch is read at once
        CompletableFuture.runAsync(() -> inFlight.awaitMeetings(List.of("cfosc-2021-12-07")))
                .get(5, TimeUnit.SECONDS);

        Thread.sleep(50);
        assertThat(nextBatchRead).isNotDone();
        mongoAnswers.countDown();
        nextBatchRead.get(5, TimeUnit.SECONDS);
    }

    private void whenMongoAnswers() {
        try {
            assertThat(mongoAnswers.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static GlobalSequenceTrackingToken position(long index) {
        return new GlobalSequenceTrackingToken(index);
    }
}
