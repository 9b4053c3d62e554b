package org.minutebook.command.platform;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * An operator holds publication while the clerk minutes the meeting: a real tracking processor reads the event
 * store through the hold, never stopped and its position never moved. Nothing is published while held; released,
 * or the hold lapsed by itself, every minute is published once, in the order recorded; and no request holds it
 * longer than the bound. The store keeps as few events in memory as the command side does
 * ({@link EventStoreConfig#EVENTS_KEPT}): a backlog longer than that is read from the store, and still published whole.
 */
class HoldingPublicationTest {

    private static final Duration AT_MOST = Duration.ofMillis(1500);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).cachedEvents(EventStoreConfig.EVENTS_KEPT).build();
    private final PublicationHold hold = new PublicationHold(AT_MOST);
    private final List<String> published = Collections.synchronizedList(new ArrayList<>());
    private final TrackingEventProcessor publication = TrackingEventProcessor.builder()
            .name("publication")
            .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                    .eventHandlers((EventMessageHandler) event -> published.add((String) event.getPayload()))
                    .build())
            .messageSource(new HeldSource(store, hold))
            .tokenStore(new InMemoryTokenStore())
            .transactionManager(NoTransactionManager.INSTANCE)
            .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                    .andBatchSize(1000))
            .build();

    @AfterEach
    void stop() {
        publication.shutDown();
        store.shutDown();
    }

    @Test
    void aHeldPublicationPublishesEveryMinuteOnceInOrderWhenReleased() throws InterruptedException {
        publication.start();
        minute(0);
        await().atMost(Duration.ofSeconds(5)).until(() -> published.size() == 1);

        assertThat(hold.hold(AT_MOST).held()).isTrue();
        IntStream.range(1, 200).forEach(HoldingPublicationTest.this::minute);
        Thread.sleep(AT_MOST.toMillis() / 2);
        assertThat(published).as("published while held").containsExactly("minute 0");

        hold.release();
        await().atMost(Duration.ofSeconds(2)).until(() -> published.size() >= 200);
        assertThat(published).containsExactlyElementsOf(minutes(0, 200));
    }

    @Test
    void aBacklogLongerThanTheEventsKeptInMemoryIsPublishedWholeInOrder() {
        publication.start();
        hold.hold(AT_MOST);
        int backlog = 3 * EventStoreConfig.EVENTS_KEPT;
        IntStream.range(0, backlog).forEach(this::minute);

        hold.release();
        await().atMost(Duration.ofSeconds(10)).until(() -> published.size() >= backlog);
        assertThat(published).containsExactlyElementsOf(minutes(0, backlog));
    }

    @Test
    void aHoldNobodyReleasesLapsesByItselfAndEveryMinuteIsPublished() {
        publication.start();
        long heldAt = System.nanoTime();
        hold.hold(AT_MOST);
        IntStream.range(0, 50).forEach(this::minute);

        await().atMost(AT_MOST.plusSeconds(2)).until(() -> published.size() >= 50);
        assertThat(Duration.ofNanos(System.nanoTime() - heldAt)).as("held").isGreaterThanOrEqualTo(AT_MOST);
        assertThat(published).containsExactlyElementsOf(minutes(0, 50));
    }

    @Test
    void holdingAgainAndAgainNeverHoldsPublicationLongerThanTheBound() throws InterruptedException {
        publication.start();
        long heldAt = System.nanoTime();
        PublicationHold.State first = hold.hold(AT_MOST);
        minute(0);
        // seven requests a second, as a hostile client sends them: the hold in force is answered, not lengthened
        while (published.isEmpty()) {
            try {
                assertThat(hold.hold(AT_MOST).heldUntil()).isEqualTo(first.heldUntil());
            } catch (PublicationHold.TooSoon refused) {
                // the hold has ended: publication runs before another may begin
            }
            Thread.sleep(140);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - heldAt)).as("held")
                .isLessThan(AT_MOST.plusMillis(1000));
        assertThatThrownBy(() -> hold.hold(AT_MOST)).isInstanceOf(PublicationHold.TooSoon.class);
    }

    @Test
    void aHoldOfNoTimeOrLongerThanTheBoundIsRefusedNamingTheSeconds() {
        for (Duration wanted : List.of(Duration.ZERO, Duration.ofSeconds(-5), AT_MOST.plusMillis(1))) {
            assertThatThrownBy(() -> hold.hold(wanted)).isInstanceOfSatisfying(InvalidRequest.class,
                    refused -> assertThat(refused.errors()).extracting(InvalidRequest.FieldError::field)
                            .containsExactly("seconds"));
        }
        assertThat(hold.state().held()).isFalse();
    }

    @Test
    void afterAReleasePublicationRunsAsLongAsTheHoldLastedBeforeAnotherHold() throws InterruptedException {
        hold.hold(AT_MOST);
        Thread.sleep(300);
        hold.release();

        assertThatThrownBy(() -> hold.hold(AT_MOST)).isInstanceOf(PublicationHold.TooSoon.class);
        assertThat(hold.state().mayHoldAgainAt()).isNotNull();
        await().atMost(Duration.ofSeconds(2)).until(() -> hold.state().mayHoldAgainAt() == null);
        assertThat(hold.hold(AT_MOST).held()).isTrue();
    }

    private void minute(int n) {
        store.publish(GenericEventMessage.asEventMessage("minute " + n));
    }

    private static List<String> minutes(int from, int to) {
        return IntStream.range(from, to).mapToObj(n -> "minute " + n).toList();
    }
}
