package org.minutebook.upcasters;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers minutebook's upcasters in any Spring Boot application that has this jar: Axon's Spring Boot
 * auto-configuration adds every bean of type {@code EventUpcaster} to the configuration's upcaster chain, which
 * reads the event store (command side) and, through the Kafka message converter built with it, the topic (query
 * side).
 */
@AutoConfiguration
public class EventUpcastersAutoConfiguration {

    @Bean
    QuestionAskedUpcaster questionAskedUpcaster() {
        return new QuestionAskedUpcaster();
    }

    @Bean
    QuestionAskedCorrectionUpcaster questionAskedCorrectionUpcaster() {
        return new QuestionAskedCorrectionUpcaster();
    }
}
