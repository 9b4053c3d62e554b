package org.minutebook.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Takes officers' commands over HTTP, keeps the rules, stores events in PostgreSQL and publishes them to Kafka. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        // This machine and most production networks have no route to AxonIQ's update checker.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
