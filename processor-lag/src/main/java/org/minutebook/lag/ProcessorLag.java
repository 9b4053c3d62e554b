package org.minutebook.lag;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far each tracking processor trails what it reads, in events: the gauge
 * {@code minutebook.processor.lag{processor=…}} and a health component (UP with the events behind per processor;
 * UNKNOWN, naming the failure, while the source cannot be read). One reading serves every gauge and health call
 * of the same second, so a scrape of every gauge reads the source once. Declare it as the bean
 * {@code processorsHealthIndicator} for the health component {@code processors}.
 *
 * <p>
 * A processor in retry mode (its source or its read model unreachable) releases its segments; it is then told
 * from the position it had when it last held them here, which is where it will resume.
 *
 * @param <E> what the source's end is read as (an index, offsets per partition)
 * @param <P> what a processor's position is read as
 */
public final class ProcessorLag<E, P> implements HealthIndicator {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final Source<E, P> source;
    private final Map<String, P> lastPositions = new HashMap<>();
    private Reading last = new Reading(Instant.EPOCH, Map.of(), null);

    public ProcessorLag(EventProcessingConfiguration processing, Source<E, P> source) {
        this.processing = processing;
        this.source = source;
    }

    /** A gauge per processor, once Axon has started them (they are not known before). */
    @EventListener(ApplicationReadyEvent.class)
    public void registerGauges(ApplicationReadyEvent ready) {
        MeterRegistry registry = ready.getApplicationContext().getBean(MeterRegistry.class);
        processing.eventProcessors().keySet().forEach(name -> Gauge
                .builder("minutebook.processor.lag", this, lag -> lag.behind(name))
                .tag("processor", name)
                .description("Events the processor has still to handle")
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

    /** NaN while the source cannot be read: unknown, not zero. */
    private double behind(String processor) {
        Long lag = reading().lag().get(processor);
        return lag == null ? Double.NaN : lag;
    }

    private synchronized Reading reading() {
        Instant now = Instant.now();
        if (!last.at().plus(FRESH).isAfter(now)) {
            last = read(now);
        }
        return last;
    }

    private Reading read(Instant now) {
        try {
            // the end first: a processor that moves past it meanwhile is told 0 behind, never a negative number
            E end = source.end();
            Map<String, Long> lag = new TreeMap<>();
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming
                        && !streaming.processingStatus().isEmpty()) {
                    lastPositions.put(name, source.position(streaming));
                }
                // one that never held its segments here is told by the instance that does
                if (lastPositions.containsKey(name)) {
                    lag.put(name, source.behind(end, lastPositions.get(name)));
                }
            });
            return new Reading(now, lag, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading(now, Map.of(), e.toString());
        } catch (Exception e) {
            return new Reading(now, Map.of(), e.toString());
        }
    }

    /** What the processors read: where it ends now, where a processor has got, and how far apart they are. */
    public interface Source<E, P> {

        /** Read with a short timeout: throws when the server holding the source cannot be reached. */
        E end() throws Exception;

        /** The position of a processor that holds its segments here. */
        P position(StreamingEventProcessor processor);

        long behind(E end, P position);
    }

    private record Reading(Instant at, Map<String, Long> lag, String failure) {
    }
}
