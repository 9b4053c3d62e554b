package org.minutebook.query.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.bson.types.Binary;
import org.minutebook.query.platform.MongoStorage;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each processor has got, as its stored position says (the tokens in MongoDB), whichever instance of the
 * query side moves it: per partition of the topic, the next offset it reads. What a rebuild's progress is measured
 * by, on every instance.
 */
@Component
class StoredPositions {

    private final MongoCollection<Document> positions;
    private final Serializer serializer;

    StoredPositions(MongoDatabase readModels, Serializer serializer) {
        this.positions = readModels.getCollection(MongoStorage.POSITIONS);
        this.serializer = serializer;
    }

    /** The processor's next offset per partition it has read from; none before it has stored a position. */
    Map<TopicPartition, Long> of(String processor) {
        Map<TopicPartition, Long> next = new TreeMap<>(Comparator.comparing(TopicPartition::topic)
                .thenComparingInt(TopicPartition::partition));
        for (Document stored : positions.find(Filters.eq("processorName", processor))) {
            TrackingToken token = WrappedToken.unwrapLowerBound(tokenOf(stored));
            if (token instanceof KafkaTrackingToken kafka) {
                kafka.getPositions().forEach((partition, offset) -> next.merge(partition, offset + 1, Math::max));
            }
        }
        return next;
    }

    /** Forgets the processors' positions: they start again from the first event. */
    void forget(Collection<String> processors) {
        positions.deleteMany(Filters.in("processorName", processors));
    }

    private TrackingToken tokenOf(Document stored) {
        Object data = stored.get("token");
        String type = stored.getString("tokenType");
        if (data == null || type == null) {
            return null;
        }
        byte[] bytes = data instanceof Binary binary ? binary.getData()
                : data.toString().getBytes(StandardCharsets.UTF_8);
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class,
                new SimpleSerializedType(type, null)));
    }
}
