package org.minutebook.command.platform;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The event store: Axon's JDBC engine on PostgreSQL and its embedded event store, as Axon's Spring Boot
 * configuration makes them, with differences measured in docs/performance.md:
 * <ul>
 *   <li>no snapshot is ever taken, so none is looked for: Axon otherwise asks PostgreSQL for one before reading a
 *   record's events (a round trip per meeting loaded);</li>
 *   <li>events are read a thousand at a time, not a hundred (publication and sealing read in bulk);</li>
 *   <li>the processors are woken when a command's transaction commits ({@link PromptEventStore});</li>
 *   <li>an event read by a processor has its stored time read by position ({@link StoredTimestamps}) when its time
 *   is asked for, not by the general parser a second time;</li>
 *   <li>the events kept in memory for the processors that follow the store's head are two thousand, not ten: Axon's
 *   reader keeps the last ten thousand read whether or not a processor still needs them, 20–30 MiB of the command
 *   side's live set of 111 MiB, which the 512 MiB resident budget could not keep.</li>
 * </ul>
 */
@Configuration
class EventStoreConfig {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int READ_BATCH = 1_000;
    /**
     * Two of the processors' largest batches: a processor that follows the head (publication, sealing, the decisions
     * feed, each a thousand events a batch at most) finds what it needs here; one further behind, as after a hold of
     * publication or a restart, reads its own batches from the store, and misses nothing.
     */
    static final int EVENTS_KEPT = 2 * READ_BATCH;

    /**
     * PostgreSQL reports a duplicate (aggregate, sequence number) by SQLSTATE, which Axon's default resolver does
     * not read: without this a concurrent append surfaces as a 500 instead of a 409 concurrent-change.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return EventStoreConfig::isUniqueViolation;
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager) {
        return new WithoutSnapshots(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .batchSize(READ_BATCH), new EventSchema());
    }

    /**
     * The embedded event store, woken by each commit of this instance. Events committed by another instance are
     * found by its regular look, every {@code minutebook.event-store.fetch-delay}.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    PromptEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                @Value("${minutebook.event-store.fetch-delay:250ms}") Duration fetchDelay) {
        return new PromptEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cachedEvents(EVENTS_KEPT)
                .fetchDelay(fetchDelay.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS));
    }

    private static boolean isUniqueViolation(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * No aggregate here is snapshotted (no snapshotter is configured), so no snapshot is read; and an event read by a
     * processor carries its time read by {@link StoredTimestamps}, rather than Axon's general parser run again on it
     * (Axon's reader has parsed it once already, to judge gaps, and kept only the text).
     */
    private static final class WithoutSnapshots extends JdbcEventStorageEngine {

        private final String timestampColumn;

        WithoutSnapshots(JdbcEventStorageEngine.Builder builder, EventSchema schema) {
            super(builder.schema(schema));
            this.timestampColumn = schema.timestampColumn();
        }

        @Override
        protected TrackedEventData<?> getTrackedEventData(ResultSet row, GapAwareTrackingToken previousToken)
                throws SQLException {
            TrackedEventData<?> read = super.getTrackedEventData(row, previousToken);
            return read instanceof TrackedDomainEventData<?> event
                    ? new TrackedDomainEventData<>(event.trackingToken(),
                    new StoredAt<>(event, StoredTimestamps.parse(row.getString(timestampColumn))))
                    : read;
        }

        @Override
        protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
            return Stream.empty();
        }
    }

    /** An event as read, with its time read once. */
    private record StoredAt<T>(DomainEventData<T> event, Instant timestamp) implements DomainEventData<T> {

        @Override
        public String getType() {
            return event.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return event.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return event.getSequenceNumber();
        }

        @Override
        public String getEventIdentifier() {
            return event.getEventIdentifier();
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<T> getMetaData() {
            return event.getMetaData();
        }

        @Override
        public SerializedObject<T> getPayload() {
            return event.getPayload();
        }
    }
}
