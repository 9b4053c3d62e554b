package org.minutebook.query.health;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code mongo} health component, for the official driver's client (Spring Boot's own needs Spring Data's
 * template, which the query side does not use): the read models' database answers a ping within the driver's
 * server selection timeout.
 */
@Component("mongoHealthIndicator")
class MongoHealth implements HealthIndicator {

    private final MongoDatabase readModels;

    MongoHealth(MongoDatabase readModels) {
        this.readModels = readModels;
    }

    @Override
    public Health health() {
        try {
            readModels.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", readModels.getName()).build();
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("database", readModels.getName()).build();
        }
    }
}
