package org.minutebook.query.platform;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Read models and the processors' positions live in one MongoDB database, reached only through the official
 * driver and a connection string. Nothing here needs transactions, so a single server or a replica set will do.
 */
@Configuration
public class MongoStorage {

    /** Where each processor's position (its Axon tracking token) is kept. */
    public static final String POSITIONS = "trackingtokens";

    /**
     * With MongoDB down, a query waits for a server at most the selection timeout, then answers 503
     * {@code read-models-unavailable} (the driver's default of 30 s held every query half a minute). Options
     * given in the connection string win over these.
     */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(@Value("${minutebook.mongodb.uri}") String uri,
                            @Value("${minutebook.mongodb.server-selection-timeout}") Duration serverSelection,
                            @Value("${minutebook.mongodb.connect-timeout}") Duration connect,
                            @Value("${minutebook.mongodb.socket-timeout}") Duration socket,
                            @Value("${minutebook.mongodb.max-connections}") int connections,
                            @Value("${minutebook.mongodb.connection-wait}") Duration connectionWait) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyToClusterSettings(cluster -> cluster
                        .serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(pool -> pool.maxSize(connections)
                        .maxWaitTime(connectionWait.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(sockets -> sockets
                        .connectTimeout((int) connect.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) socket.toMillis(), TimeUnit.MILLISECONDS))
                .applyConnectionString(new ConnectionString(uri))
                .build());
    }

    @Bean
    MongoDatabase readModels(MongoClient client, @Value("${minutebook.mongodb.uri}") String uri) {
        String database = new ConnectionString(uri).getDatabase();
        return client.getDatabase(database == null ? "minutebook" : database);
    }

    /**
     * Declared explicitly: the Kafka extension would otherwise register its own token store, which silently wins.
     * A position is saved after its events are projected, so a restart resumes exactly where it stopped.
     */
    @Bean
    TokenStore tokenStore(MongoDatabase readModels, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(readModels)
                        .trackingTokensCollectionName(POSITIONS).build())
                .serializer(serializer)
                .build();
    }
}
