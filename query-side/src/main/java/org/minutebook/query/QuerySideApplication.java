package org.minutebook.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Projects the meeting events it consumes from Kafka into MongoDB read models and serves them over HTTP. */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        // This machine and most production networks have no route to AxonIQ's update checker.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
