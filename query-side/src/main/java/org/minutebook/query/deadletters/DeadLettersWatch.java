package org.minutebook.query.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many events are parked: the gauge {@value #GAUGE} (all processors) and the health component
 * {@code deadLetters} (per processor in its details). While any is parked the component says {@value #PARKED} rather than DOWN: every other
 * record is current and answering, so a load balancer must keep the query side in (the status answers 200), but
 * monitoring sees that something is not UP and an operator has work to do (docs/operations.md, "Dead letters").
 */
// the health component is named after the bean, less this suffix: "deadLetters"
@Component("deadLettersHealthIndicator")
class DeadLettersWatch implements HealthIndicator, MeterBinder {

    static final String GAUGE = "minutebook.dead_letters";
    static final String PARKED = "DEAD_LETTERS";

    private final DeadLetters deadLetters;

    DeadLettersWatch(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Map<String, Long> parked = new LinkedHashMap<>();
        deadLetters.processors().forEach(processor -> parked.put(processor, deadLetters.count(processor)));
        long total = parked.values().stream().mapToLong(Long::longValue).sum();
        return Health.status(total == 0 ? Status.UP : new Status(PARKED))
                .withDetail("parked", total).withDetail("byProcessor", parked).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // read when scraped: the processors are known only once Axon has started, after the meters are bound
        Gauge.builder(GAUGE, () -> deadLetters.processors().stream().mapToLong(deadLetters::count).sum())
                .description("Events parked because they could not be projected")
                .register(registry);
    }
}
