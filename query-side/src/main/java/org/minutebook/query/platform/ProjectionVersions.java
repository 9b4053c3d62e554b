package org.minutebook.query.platform;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * How far each projection has got with each meeting: the sequence number of the meeting's last event it
 * holds. A clerk who has just written version N asks for {@code minVersion=N}; the query waits for the read model
 * to reach it for a bounded time, then says plainly that the read model is behind.
 */
@Component
public class ProjectionVersions {

    private final MongoCollection<Document> versions;
    private final Duration patience;

    ProjectionVersions(MongoDatabase readModels, @Value("${minutebook.read-your-writes.timeout:5s}") Duration patience) {
        this.versions = readModels.getCollection("projection_versions");
        this.patience = patience;
    }

    public void reached(String projection, String meetingId, long version) {
        versions.updateOne(Filters.eq("_id", projection + ":" + meetingId),
                Updates.combine(Updates.set("projection", projection), Updates.set("meetingId", meetingId),
                        Updates.max("version", version)),
                new UpdateOptions().upsert(true));
    }

    public void forget(String projection) {
        versions.deleteMany(Filters.eq("projection", projection));
    }

    public long current(String projection, String meetingId) {
        Document found = versions.find(Filters.eq("_id", projection + ":" + meetingId)).first();
        return found == null ? -1 : ((Number) found.get("version")).longValue();
    }

    /** Returns the projected version once it is at least {@code minVersion}; throws if it is not in time. */
    public long await(String projection, String meetingId, Long minVersion) {
        long current = current(projection, meetingId);
        if (minVersion == null) {
            return current;
        }
        Instant deadline = Instant.now().plus(patience);
        while (current < minVersion && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            current = current(projection, meetingId);
        }
        if (current < minVersion) {
            throw new ReadModelBehind(projection, meetingId, current, minVersion);
        }
        return current;
    }
}
