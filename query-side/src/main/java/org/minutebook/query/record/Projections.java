package org.minutebook.query.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.minutebook.query.platform.ProjectionVersions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** What every meeting projection works with: the read-model database, the fold, JSON, and version tracking. */
@Component
public class Projections {

    private final MongoDatabase readModels;
    private final RecordFold fold;
    private final ObjectMapper json;
    private final ProjectionVersions versions;
    private final EventCopies copies;

    Projections(MongoDatabase readModels, ObjectMapper json, ProjectionVersions versions,
                ObjectProvider<EventUpcaster> upcasters) {
        this.readModels = readModels;
        this.fold = new RecordFold(json);
        this.json = json;
        this.versions = versions;
        this.copies = new EventCopies(json, upcasters.orderedStream().toList());
    }

    MongoDatabase readModels() {
        return readModels;
    }

    RecordFold fold() {
        return fold;
    }

    ObjectMapper json() {
        return json;
    }

    ProjectionVersions versions() {
        return versions;
    }

    EventCopies copies() {
        return copies;
    }
}
