package org.minutebook.query.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;
import java.time.Instant;

/**
 * A parked record is tried again by itself, a short back-off apart (1 s, then 2 s), until its first event has
 * failed {@value #MAX_ATTEMPTS} times; then it waits for an operator. A record whose failed event was discarded
 * has its waiting events projected at the next round, as they only waited behind it.
 */
@Configuration
@EnableScheduling
class ParkedRetries {

    static final int MAX_ATTEMPTS = 3;

    private final EventProcessingConfiguration processing;
    private final DeadLetters deadLetters;

    ParkedRetries(EventProcessingConfiguration processing, DeadLetters deadLetters) {
        this.processing = processing;
        this.deadLetters = deadLetters;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void retryWhatIsDue() {
        for (String processor : deadLetters.processors()) {
            if (deadLetters.count(processor) > 0) {
                // each call retries one due record, from its first parked event; the round ends when none is due
                var retrier = processing.sequencedDeadLetterProcessor(processor).orElseThrow();
                int projected = 0;
                while (projected < 100 && retrier.process(ParkedRetries::due)) {
                    projected++;
                }
            }
        }
    }

    private static boolean due(DeadLetter<? extends EventMessage<?>> first) {
        int attempts = ParkingPolicy.attempts(first);
        return attempts < MAX_ATTEMPTS
                && first.lastTouched().plus(Duration.ofSeconds(attempts)).isBefore(Instant.now());
    }
}
