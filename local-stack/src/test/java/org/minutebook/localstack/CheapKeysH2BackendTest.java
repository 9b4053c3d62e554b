package org.minutebook.localstack;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The MongoDB-wire server's file keeps its indexes in one order, whichever of the two backends wrote it. */
class CheapKeysH2BackendTest {

    @TempDir
    Path data;

    @Test
    void keysSortAsMvStoresSerializedOrderDoes() {
        Random random = new Random(20261208);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(new KeyValue(asciiId(random)));
            keys.add(new KeyValue(random.nextGaussian() * Math.pow(10, random.nextInt(12))));
            keys.add(new KeyValue(new ObjectId()));
        }
        List.of("", "a", "b", "ab", "meeting-7", "meeting-10", "rôle", "z\u0000", "\uD83D\uDCDC minutes", "\uFFFD")
                .forEach(value -> keys.add(new KeyValue(value)));
        List.of(0.0, -1.0, 1.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.MIN_VALUE)
                .forEach(value -> keys.add(new KeyValue(value)));
        keys.add(new KeyValue("committee-1", "2026-12-08"));
        keys.add(new KeyValue(new de.bwaldvogel.mongo.bson.Document("meetingId", "meeting-7").append("chunk", 1.0)));
        keys.add(new KeyValue(Long.MAX_VALUE));

        ObjectDataType serialized = new ObjectDataType();
        SerializedKeyOrder cheap = new SerializedKeyOrder();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(cheap.compare(a, b)).as("%s against %s", a, b).isEqualTo(serialized.compare(a, b));
            }
        }
    }

    @Test
    void aFileWrittenByThePlainBackendIsFoundByIdAndStillReadsThereAfter() {
        Path file = data.resolve("minutebook.mv");
        List<String> meetings = IntStream.range(0, 2_000).mapToObj(i -> "meeting-" + i).toList();
        withMeetings(new H2Backend(file.toString()), collection -> {
            collection.insertMany(meetings.subList(0, 1_000).stream().map(id -> new Document("_id", id)).toList());
        });

        withMeetings(new CheapKeysH2Backend(file.toString()), collection -> {
            meetings.subList(0, 1_000).forEach(id ->
                    assertThat(collection.find(Filters.eq("_id", id)).first()).as(id).isNotNull());
            collection.insertMany(meetings.subList(1_000, 2_000).stream().map(id -> new Document("_id", id)).toList());
            assertThatThrownBy(() -> collection.insertOne(new Document("_id", "meeting-42")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });

        withMeetings(new H2Backend(file.toString()), collection -> {
            meetings.forEach(id -> assertThat(collection.find(Filters.eq("_id", id)).first()).as(id).isNotNull());
            assertThat(collection.countDocuments()).isEqualTo(2_000);
        });
    }

    @Test
    void everyUniqueIndexOfTheFileComparesTheCheapWay() {
        CheapKeysH2Backend backend = new CheapKeysH2Backend(data.resolve("minutebook.mv").toString());
        withMeetings(backend, collection -> {
            collection.insertOne(new Document("_id", "meeting-1"));
            assertThat(backend.getMvStore().getMapNames()).contains("minutebook.meetings._index__id_");
            assertThat(backend.getMvStore().openMap("minutebook.meetings._index__id_").getKeyType())
                    .isInstanceOf(SerializedKeyOrder.class);
        });
    }

    private static String asciiId(Random random) {
        StringBuilder id = new StringBuilder(random.nextBoolean() ? "meeting-" : "");
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            id.append((char) (1 + random.nextInt(0x7F)));
        }
        return id.toString();
    }

    private static void withMeetings(MongoBackend backend, Consumer<MongoCollection<Document>> story) {
        MongoServer server = new MongoServer(backend);
        int port = FreePorts.next();
        server.bind("localhost", port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            story.accept(client.getDatabase(LocalMongo.DATABASE).getCollection("meetings"));
        } finally {
            server.shutdownNow();
        }
    }
}
