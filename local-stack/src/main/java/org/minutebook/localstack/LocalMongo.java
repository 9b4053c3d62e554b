package org.minutebook.localstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire server (mongo-java-server). The services reach it only through the official driver and a
 * connection string, exactly as they would a real MongoDB.
 */
public final class LocalMongo implements AutoCloseable {

    public static final String DATABASE = "minutebook";

    private final MongoServer server;
    private final int port;

    private LocalMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Backed by a file, so read models and stored positions survive a restart; its unique indexes compared without
     * Java serialization ({@link CheapKeysH2Backend}), in the order the plain backend keeps them.
     */
    public static LocalMongo startOnFile(Path file, int port) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return start(new CheapKeysH2Backend(file.toAbsolutePath().toString()), port);
    }

    public static LocalMongo startInMemory(int port) {
        return start(new MemoryBackend(), port);
    }

    private static LocalMongo start(MongoBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        server.bind("localhost", port);
        return new LocalMongo(server, port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port + "/" + DATABASE;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
