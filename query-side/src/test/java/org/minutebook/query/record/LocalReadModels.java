package org.minutebook.query.record;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.minutebook.localstack.FreePorts;
import org.minutebook.localstack.LocalMongo;

/**
 * A MongoDB-wire server in memory for the tests of a class ({@code @RegisterExtension static}), and an empty
 * database of read models for each test that asks.
 */
public final class LocalReadModels implements BeforeAllCallback, AfterAllCallback {

    private LocalMongo server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = LocalMongo.startInMemory(FreePorts.next());
        client = MongoClients.create(server.connectionString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.close();
    }

    /** A database no other test has written to. */
    public MongoDatabase empty(String name) {
        return client.getDatabase(name + "-" + System.nanoTime());
    }

    /** The size in bytes of the largest document of the collections, as stored (BSON). */
    public static int largestDocument(MongoDatabase database, String... collections) {
        int largest = 0;
        for (String collection : collections) {
            for (BsonDocument document : database.getCollection(collection, BsonDocument.class).find()) {
                largest = Math.max(largest, new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer()
                        .remaining());
            }
        }
        return largest;
    }
}
