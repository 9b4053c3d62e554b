package org.minutebook.lag;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far each tracking processor trails what it reads, in events: the gauge
 * {@code minutebook.processor.lag{processor=…}} and a health component (UP with the events behind per processor;
 * UNKNOWN, naming the failure, while the source cannot be read). One reading serves every gauge and health call
 * of the same second, so a scrape of every gauge reads the source once. Declare it as the bean
 * {@code processorsHealthIndicator} for the health component {@code processors}.
 *
 * @param <E> what the source's end is read as (an index, offsets per partition)
 */
public final class ProcessorLag<E> implements HealthIndicator {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final EventProcessingConfiguration processing;
    private final Source<E> source;
    private final Clock clock;
    private Reading last = new Reading(Instant.EPOCH, Map.of(), null);

    public ProcessorLag(EventProcessingConfiguration processing, Source<E> source, Clock clock) {
        this.processing = processing;
        this.source = source;
        this.clock = clock;
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

    /** Events behind per processor, as last read; empty while the source cannot be read. */
    public Map<String, Long> eventsBehind() {
        return reading().lag();
    }

    /** NaN while the source cannot be read: unknown, not zero. */
    private double behind(String processor) {
        Long lag = reading().lag().get(processor);
        return lag == null ? Double.NaN : lag;
    }

    private synchronized Reading reading() {
        Instant now = clock.instant();
        if (!last.at().plus(FRESH).isAfter(now)) {
            last = read(now);
        }
        return last;
    }

    private Reading read(Instant now) {
        try {
            // the end first: a processor that moves on meanwhile is told a little behind, never ahead
            E end = source.end();
            Map<String, Long> lag = new TreeMap<>();
            processing.eventProcessors().forEach((name, processor) -> {
                // a processor whose segments another instance holds is told by that instance
                if (processor instanceof StreamingEventProcessor streaming && !streaming.processingStatus().isEmpty()) {
                    lag.put(name, source.behind(end, streaming));
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

    /** What the processors read: where it ends now, and how far behind that a processor is. */
    public interface Source<E> {

        /** Read with a short timeout: throws when the server holding the source cannot be reached. */
        E end() throws Exception;

        long behind(E end, StreamingEventProcessor processor);
    }

    private record Reading(Instant at, Map<String, Long> lag, String failure) {
    }
}
