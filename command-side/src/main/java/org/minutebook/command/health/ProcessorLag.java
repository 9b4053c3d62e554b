package org.minutebook.command.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * How far each of the command side's processors (publication, decisions feed, sealing) trails the event store:
 * the gauge {@code minutebook.processor.lag{processor=…}} and the {@code processors} health component. One
 * reading serves every gauge and health call of the same second, so a scrape costs one query.
 */
@Component("processorsHealthIndicator")
class ProcessorLag implements HealthIndicator {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private Reading last = new Reading(Instant.EPOCH, Map.of(), null);

    ProcessorLag(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** The processors are known once Axon has started them. */
    @EventListener(ApplicationReadyEvent.class)
    void registerGauges(ApplicationReadyEvent ready) {
        MeterRegistry registry = ready.getApplicationContext().getBean(MeterRegistry.class);
        processing.eventProcessors().keySet().forEach(name -> Gauge
                .builder("minutebook.processor.lag", this, lag -> lag.behind(name))
                .tag("processor", name)
                .description("Events stored that the processor has not yet handled")
                .register(registry));
    }

    @Override
    public Health health() {
        Reading reading = reading();
        if (reading.failure() != null) {
            return Health.unknown().withDetail("error", reading.failure()).build();
        }
        return Health.up().withDetail("eventsBehind", reading.lag()).build();
    }

    /** NaN while the event store cannot be read: unknown, not zero. */
    private double behind(String processor) {
        Long lag = reading().lag().get(processor);
        return lag == null ? Double.NaN : lag;
    }

    private synchronized Reading reading() {
        Instant now = Instant.now();
        if (last.at().plus(FRESH).isBefore(now)) {
            last = read(now);
        }
        return last;
    }

    private Reading read(Instant now) {
        try {
            Map<String, Object> bounds = jdbc.queryForMap(
                    "SELECT min(globalindex) AS lowest, max(globalindex) AS highest FROM domainevententry");
            Long lowest = (Long) bounds.get("lowest");
            Long highest = (Long) bounds.get("highest");
            Map<String, Long> lag = new TreeMap<>();
            processing.eventProcessors().forEach((name, processor) -> {
                // a processor whose segment another instance holds is told by that instance
                if (processor instanceof StreamingEventProcessor streaming && !streaming.processingStatus().isEmpty()) {
                    lag.put(name, EventStoreLag.behind(lowest, highest, position(streaming)));
                }
            });
            return new Reading(now, lag, null);
        } catch (RuntimeException e) {
            return new Reading(now, Map.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The lowest position of the processor's segments (one, here), empty while one has handled no event. */
    private static OptionalLong position(StreamingEventProcessor processor) {
        OptionalLong lowest = OptionalLong.empty();
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            if (position.isEmpty()) {
                return OptionalLong.empty();
            }
            if (lowest.isEmpty() || position.getAsLong() < lowest.getAsLong()) {
                lowest = position;
            }
        }
        return lowest;
    }

    private record Reading(Instant at, Map<String, Long> lag, String failure) {
    }
}
