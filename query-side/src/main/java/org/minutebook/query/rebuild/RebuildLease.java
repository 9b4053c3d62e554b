package org.minutebook.query.rebuild;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.minutebook.events.EventContract;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one rebuild of the read models, shared by every instance of the query side: a document in MongoDB
 * ({@value #COLLECTION}) held by the instance that started it, which renews it while the rebuild runs. Another
 * instance's request is refused while it is held; if its holder stops renewing it (killed), another instance takes
 * it over and finishes the rebuild. Each instance also says, once a second, that it is alive ({@value #INSTANCES}),
 * so the holder knows whose processors must stop before the read models are dropped.
 */
final class RebuildLease {

    static final String COLLECTION = "rebuild_lease";
    static final String INSTANCES = "query_instances";
    private static final String ID = "rebuild";
    /** A holder that has not renewed its lease for this long is taken to be gone. */
    static final Duration EXPIRY = Duration.ofSeconds(15);
    /** An instance not heard from for this long is taken to be gone. */
    static final Duration GONE = Duration.ofSeconds(5);

    /** Where a rebuild is: the processors of every instance stopping, the read models replaying, or done. */
    enum State { STOPPING, REPLAYING, DONE }

    /** The rebuild as the lease says it. */
    record Held(String rebuildId, String holder, State state, Instant startedAt, Instant finishedAt,
                Instant renewedAt, Map<TopicPartition, Long> endOffsets, Set<String> stopped) {

        boolean expired(Instant now) {
            return state != State.DONE && renewedAt.plus(EXPIRY).isBefore(now);
        }
    }

    private final MongoCollection<Document> lease;
    private final MongoCollection<Document> instances;

    RebuildLease(MongoDatabase readModels) {
        this.lease = readModels.getCollection(COLLECTION);
        this.instances = readModels.getCollection(INSTANCES);
    }

    Optional<Held> read() {
        return Optional.ofNullable(lease.find(Filters.eq("_id", ID)).first()).map(RebuildLease::heldOf);
    }

    /**
     * Takes the lease for a new rebuild by this instance, unless another rebuild holds it (not done, and renewed
     * lately): atomically, so two instances asked at once cannot both have it.
     */
    boolean take(String rebuildId, String instance, Instant now, Map<TopicPartition, Long> endOffsets) {
        Document held = new Document("_id", ID).append("rebuildId", rebuildId).append("holder", instance)
                .append("state", State.STOPPING.name()).append("startedAt", Date.from(now))
                .append("finishedAt", null).append("renewedAt", Date.from(now))
                .append("endOffsets", offsets(endOffsets)).append("stopped", List.of());
        try {
            lease.insertOne(held);
            return true;
        } catch (MongoWriteException exists) {
            if (exists.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw exists;
            }
        }
        return lease.replaceOne(Filters.and(Filters.eq("_id", ID), free(now)), held).getModifiedCount() == 1;
    }

    /** Takes over a rebuild whose holder is gone, where it stands; false when another instance took it first. */
    boolean takeOver(Held gone, String instance, Instant now) {
        return lease.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("rebuildId", gone.rebuildId()),
                        Filters.eq("renewedAt", Date.from(gone.renewedAt()))),
                Updates.combine(Updates.set("holder", instance), Updates.set("renewedAt", Date.from(now))))
                .getModifiedCount() == 1;
    }

    void renew(String rebuildId, Instant now) {
        lease.updateOne(Filters.eq("rebuildId", rebuildId), Updates.set("renewedAt", Date.from(now)));
    }

    void stoppedAt(String rebuildId, String instance) {
        lease.updateOne(Filters.eq("rebuildId", rebuildId), Updates.addToSet("stopped", instance));
    }

    void replaying(String rebuildId, Instant now) {
        lease.updateOne(Filters.eq("rebuildId", rebuildId), Updates.combine(
                Updates.set("state", State.REPLAYING.name()), Updates.set("renewedAt", Date.from(now))));
    }

    void done(String rebuildId, Instant finishedAt) {
        lease.updateOne(Filters.eq("rebuildId", rebuildId), Updates.combine(
                Updates.set("state", State.DONE.name()), Updates.set("finishedAt", Date.from(finishedAt))));
    }

    /** This instance is alive. */
    void alive(String instance, Instant now) {
        instances.replaceOne(Filters.eq("_id", instance), new Document("_id", instance)
                .append("seenAt", Date.from(now)), new ReplaceOptions().upsert(true));
    }

    /** The instances heard from lately. */
    Set<String> living(Instant now) {
        Set<String> living = new HashSet<>();
        instances.find(Filters.gte("seenAt", Date.from(now.minus(GONE))))
                .forEach(instance -> living.add(instance.getString("_id")));
        return living;
    }

    private static Bson free(Instant now) {
        return Filters.or(Filters.eq("state", State.DONE.name()),
                Filters.lt("renewedAt", Date.from(now.minus(EXPIRY))));
    }

    private static Document offsets(Map<TopicPartition, Long> endOffsets) {
        Document offsets = new Document();
        endOffsets.forEach((partition, offset) -> offsets.append(Integer.toString(partition.partition()), offset));
        return offsets;
    }

    private static Held heldOf(Document stored) {
        Map<TopicPartition, Long> ends = new TreeMap<>((one, other) -> Integer.compare(one.partition(),
                other.partition()));
        stored.get("endOffsets", Document.class).forEach((partition, offset) -> ends.put(new TopicPartition(
                EventContract.MEETING_EVENTS_TOPIC, Integer.parseInt(partition)), ((Number) offset).longValue()));
        Date finished = stored.getDate("finishedAt");
        return new Held(stored.getString("rebuildId"), stored.getString("holder"),
                State.valueOf(stored.getString("state")), stored.getDate("startedAt").toInstant(),
                finished == null ? null : finished.toInstant(), stored.getDate("renewedAt").toInstant(), ends,
                new HashSet<>(stored.getList("stopped", String.class)));
    }
}
