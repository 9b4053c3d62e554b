package org.minutebook.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole service on one machine: starts whatever infrastructure is not given by environment variables
 * (Kafka, PostgreSQL, MongoDB), then the command side and the query side, and stops everything on Ctrl-C.
 * Usage: {@code LocalStackMain <command-side.jar> <query-side.jar>}.
 */
public final class LocalStackMain {

    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LocalStackMain <command-side.jar> <query-side.jar>");
            System.exit(2);
        }
        new LocalStackMain().run(Path.of(args[0]), Path.of(args[1]));
    }

    private void run(Path commandSideJar, Path querySideJar) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping minutebook ...");
            stopAll();
            System.out.println("minutebook stopped.");
            stopped.countDown();
        }, "minutebook-shutdown"));

        Path data = Path.of(env("MINUTEBOOK_DATA_DIR", "data")).toAbsolutePath();
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("EVENTSTORE_JDBC_URL", given("EVENTSTORE_JDBC_URL").orElseGet(() -> {
            LocalPostgres postgres = started(() -> LocalPostgres.start(data.resolve("postgres"),
                    port("MINUTEBOOK_POSTGRES_PORT", 5432)));
            return postgres.jdbcUrl();
        }));
        endpoints.put("KAFKA_BOOTSTRAP_SERVERS", given("KAFKA_BOOTSTRAP_SERVERS").orElseGet(() -> {
            LocalKafka kafka = started(() -> LocalKafka.start(data.resolve("kafka"),
                    port("MINUTEBOOK_KAFKA_PORT", 9092)));
            return kafka.bootstrapServers();
        }));
        endpoints.put("MONGODB_URI", given("MONGODB_URI").orElseGet(() -> {
            LocalMongo mongo = started(() -> LocalMongo.startOnFile(data.resolve("mongo").resolve("minutebook.mv"),
                    port("MINUTEBOOK_MONGO_PORT", 27017)));
            return mongo.connectionString();
        }));

        Path credentialsFile = data.resolve("credentials.properties");
        Credentials credentials = Credentials.keptIn(credentialsFile, System.getenv());
        int queryPort = port("MINUTEBOOK_QUERY_SIDE_PORT", 8082);
        Map<String, String> environment = new LinkedHashMap<>(endpoints);
        environment.putAll(credentials.environment());
        int commandPort = port("MINUTEBOOK_COMMAND_SIDE_PORT", 8081);
        environment.put("QUERY_SIDE_URL", "http://localhost:" + queryPort);
        environment.put("COMMAND_SIDE_URL", "http://localhost:" + commandPort); // where the clerk's console records
        environment.put("MINUTEBOOK_DATA_DIR", data.toString()); // the command side keeps its seal key there
        ServiceProcess commandSide = started(() -> ServiceProcess.start("command side", commandSideJar,
                commandPort, environment, data.resolve("logs/command-side.log")));
        ServiceProcess querySide = started(() -> ServiceProcess.start("query side", querySideJar, queryPort,
                environment, data.resolve("logs/query-side.log")));
        commandSide.awaitReady(Duration.ofMinutes(2));
        querySide.awaitReady(Duration.ofMinutes(2));

        System.out.println();
        System.out.println("minutebook is running (Ctrl-C stops everything; data is kept in " + data + ")");
        System.out.println("  command side  " + commandSide.baseUrl() + "   log: " + commandSide.log());
        System.out.println("  query side    " + querySide.baseUrl() + "   log: " + querySide.log());
        endpoints.forEach((name, value) -> System.out.println("  " + name + "=" + value));
        System.out.println("  sign in (HTTP Basic) as " + String.join(", ", Credentials.USERS)
                + "; passwords from MINUTEBOOK_<USER>_PASSWORD or kept in " + credentialsFile);
        for (String user : credentials.generated()) {
            // printed once, when generated; later starts reuse the kept password and do not print it
            System.out.println("    generated: " + user + " / " + credentials.password(user));
        }
        stopped.await();
    }

    private interface Starter<T extends AutoCloseable> {
        T start() throws Exception;
    }

    private <T extends AutoCloseable> T started(Starter<T> starter) {
        try {
            T component = starter.start();
            synchronized (running) {
                running.push(component);
            }
            return component;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the local stack: " + e.getMessage(), e);
        }
    }

    /** Stops in reverse start order: services first, so they can finish with the infrastructure still up. */
    private void stopAll() {
        synchronized (running) {
            while (!running.isEmpty()) {
                AutoCloseable component = running.pop();
                try {
                    component.close();
                } catch (Exception e) {
                    System.err.println("Stopping " + component + " failed: " + e.getMessage());
                }
            }
        }
    }

    private static java.util.Optional<String> given(String name) {
        return java.util.Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    private static String env(String name, String fallback) {
        return given(name).orElse(fallback);
    }

    private static int port(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }
}
