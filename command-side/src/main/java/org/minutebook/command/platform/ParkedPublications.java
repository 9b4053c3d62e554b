package org.minutebook.command.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The events the broker refused for good, parked in {@code publication_dead_letter} with the batch that met them,
 * and the alarm while any is: a log line per event, the gauge {@value #GAUGE}, and the health component
 * {@code publication} saying {@value #PARKED} — not DOWN: commands are recorded and every other event is published,
 * so a load balancer keeps the command side in (the status answers 200), while monitoring sees that an operator has
 * work to do (docs/operations.md, "Dead letters of publication"). While an operator holds publication
 * ({@link PublicationHold}) and nothing is parked, the component says {@value #HELD}, also answered 200, with when
 * the hold ends.
 */
// the health component is named after the bean, less this suffix: "publication"
@Component("publicationHealthIndicator")
class ParkedPublications implements HealthIndicator, MeterBinder {

    static final String GAUGE = "minutebook.publication.dead_letters";
    static final String PARKED = "DEAD_LETTERS";
    static final String HELD = "HELD";
    private static final Logger LOG = LoggerFactory.getLogger(ParkedPublications.class);
    private static final String COLUMNS = "event_identifier, topic, aggregate_identifier, sequence_number, event_type, "
            + "cause, parked_at";

    private final JdbcTemplate jdbc;
    private final PublicationHold hold;

    ParkedPublications(JdbcTemplate jdbc, PublicationHold hold) {
        this.jdbc = jdbc;
        this.hold = hold;
    }

    /** An event parked: what it is, where it was to go, why the broker refused it and when. */
    record Parked(String eventId, String topic, String recordId, Long sequenceNumber, String eventType,
                         String cause, Instant parkedAt) {
    }

    /** Parks the event, in the batch's transaction: the batch's position then moves past it. */
    void park(EventMessage<?> event, String topic, Throwable cause) {
        String recordId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long sequenceNumber = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        LOG.error("Parked event {} ({} {} of {}): the broker refused it for {} for good, so it is not published; "
                        + "publication goes on (docs/operations.md): {}", event.getIdentifier(),
                event.getPayloadType().getSimpleName(), sequenceNumber, recordId, topic, cause.toString());
        jdbc.update("INSERT INTO publication_dead_letter (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING", event.getIdentifier(), topic, recordId, sequenceNumber,
                event.getPayloadType().getName(), cause.toString(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The parked events, oldest first. */
    List<Parked> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM publication_dead_letter ORDER BY parked_at, event_identifier",
                (rs, i) -> parked(rs));
    }

    Optional<Parked> of(String topic, String eventId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM publication_dead_letter WHERE topic = ? AND event_identifier = ?",
                (rs, i) -> parked(rs), topic, eventId).stream().findFirst();
    }

    /** No longer parked: published at last, or discarded by an operator. */
    boolean remove(String topic, String eventId) {
        return jdbc.update("DELETE FROM publication_dead_letter WHERE event_identifier = ? AND topic = ?",
                eventId, topic) == 1;
    }

    private static Parked parked(ResultSet rs) throws SQLException {
        return new Parked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
                rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM publication_dead_letter", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Health health() {
        long parked = count();
        PublicationHold.State held = hold.state();
        Status status = parked > 0 ? new Status(PARKED) : held.held() ? new Status(HELD) : Status.UP;
        Health.Builder health = Health.status(status).withDetail("parked", parked).withDetail("held", held.held());
        if (held.held()) {
            health.withDetail("heldUntil", held.heldUntil().toString());
        }
        return health.build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(GAUGE, this::count)
                .description("Events not published because the broker refused them for good")
                .register(registry);
    }
}
