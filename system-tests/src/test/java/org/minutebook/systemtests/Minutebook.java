package org.minutebook.systemtests;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.minutebook.events.EventContract;
import org.minutebook.localstack.FreePorts;
import org.minutebook.localstack.LocalKafka;
import org.minutebook.localstack.LocalMongo;
import org.minutebook.localstack.LocalPostgres;
import org.minutebook.localstack.ServiceProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The whole system under test, started once per test run: real Kafka, PostgreSQL and MongoDB-wire servers, and
 * both services from their executable jars as separate processes. Tests may stop and restart either service.
 * A test that stops a server starts a system of its own ({@link #ownSystem()}), so the others never see it down.
 */
final class Minutebook implements AutoCloseable {

    // generous: a service starts in about 20 s, but several minutes on a machine this busy with other builds
    private static final Duration STARTUP = Duration.ofMinutes(4);
    /** The longest an operator may hold publication in the systems tests start (60 s in production). */
    static final Duration PUBLICATION_HOLD_AT_MOST = Duration.ofSeconds(5);
    static final String MINUTES_004 = "004-leicestershire-cfosc-2020-11-18.json";
    static final String MINUTES_002 = "002-leicestershire-cfosc-2021-11-02.json";
    static final String NOV_2020 = "leics-cfosc-2020-11-18";
    static final String NOV_2021 = "leics-cfosc-2021-11-02";
    /** The five published pages every import test reads ({@code minutes-reader}'s seeds). */
    static final List<String> SEED_PAGES = List.of("000_57856f9b823160e1", "001_1dba6daaabc94b71",
            "002_badff10682084d70", "003_7e16a4421008c2b1", "004_cfd6ab707287b23f");
    private static final Path SEEDS = Path.of("../minutes-reader/src/test/resources/seeds/pages");
    private static Minutebook running;
    private boolean publishedMinutesRecorded;
    private final Map<String, JsonNode> seedsImported = new LinkedHashMap<>();

    private final Path workDir;
    private final boolean readModelsOnFile;
    private final int postgresPort = FreePorts.next();
    private final int kafkaPort = FreePorts.next();
    private final int mongoPort = FreePorts.next();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalMongo mongo;
    private final MongoClient mongoClient;
    private final Map<String, String> environment;
    private final TestIdentityProvider tokens;
    private final int querySidePort = FreePorts.next();
    private final int commandSidePort = FreePorts.next();
    private ServiceProcess commandSide;
    private ServiceProcess querySide;

    private Minutebook(String run, boolean readModelsOnFile) throws Exception {
        workDir = Path.of(System.getProperty("minutebook.work-dir", "target/system-test-data"))
                .resolve("run-" + System.currentTimeMillis() + run);
        this.readModelsOnFile = readModelsOnFile;
        startEventStore();
        startKafka();
        startReadModelStore();
        mongoClient = MongoClients.create(mongo.connectionString());
        tokens = TestIdentityProvider.start();
        Map<String, String> services = new HashMap<>(Users.environment());
        services.putAll(Map.of(
                "EVENTSTORE_JDBC_URL", postgres.jdbcUrl(),
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MONGODB_URI", mongo.connectionString(),
                "QUERY_SIDE_URL", "http://localhost:" + querySidePort,
                "COMMAND_SIDE_URL", "http://localhost:" + commandSidePort,
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", tokens.jwkSetUri(),
                "MINUTEBOOK_DATA_DIR", workDir.toAbsolutePath().toString(),
                // failed sign-ins are given back one each 6 s, not one a minute, so a test that guesses at a user's
                // password (PasswordGuessingIT) leaves them signing in again within seconds for the tests after it
                "MINUTEBOOK_SIGN_IN_WINDOW", "60s",
                // a hold of publication (HoldingPublicationIT, or a hostile request) lapses within seconds, so the
                // tests after it find their events published
                "MINUTEBOOK_PUBLICATION_HOLD_AT_MOST", PUBLICATION_HOLD_AT_MOST.toSeconds() + "s"));
        environment = Map.copyOf(services);
        startCommandSide();
        startQuerySide();
    }

    static synchronized Minutebook running() throws Exception {
        if (running == null) {
            running = new Minutebook("", false);
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        }
        return running;
    }

    /**
     * A whole system of its own, for a test that stops its servers; its read models are kept on file, so they
     * survive a restart of the MongoDB-wire server as a real MongoDB's would. Close it at the end.
     */
    static Minutebook ownSystem() throws Exception {
        return new Minutebook("-own", true);
    }

    String commandSide() {
        return commandSide.baseUrl();
    }

    /** The identity provider whose signed tokens both services accept. */
    TestIdentityProvider tokens() {
        return tokens;
    }

    String querySide() {
        return querySide.baseUrl();
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    MongoDatabase readModels() {
        return mongoClient.getDatabase(LocalMongo.DATABASE);
    }

    Connection eventStore() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), LocalPostgres.USER, "");
    }

    /**
     * The minutes of 18 November 2020 (004) and 2 November 2021 (002), recorded once per test run; returns once
     * every meeting read model holds both up to their last events (versions 53 and 61).
     */
    synchronized void recordPublishedMinutes() throws Exception {
        if (!publishedMinutesRecorded) {
            PublishedMinutes.load(MINUTES_004).recordThrough(commandSide());
            PublishedMinutes.load(MINUTES_002).recordThrough(commandSide());
            publishedMinutesRecorded = true;
        }
        awaitProjected(NOV_2020, 53);
        awaitProjected(NOV_2021, 61);
    }

    /**
     * The five seed pages imported over HTTP as a clerk imports them ({@code POST /api/imports}), once per test run
     * (each must be recorded: {@code 201}); answers each page's import report, by page, once every read model holds
     * its meeting.
     */
    synchronized Map<String, JsonNode> importSeedPages() throws Exception {
        if (seedsImported.isEmpty()) {
            for (String page : SEED_PAGES) {
                Http.Response imported = Http.post(commandSide() + "/api/imports", new ObjectMapper()
                        .writeValueAsString(Map.of("source", page + ".txt", "text", seedPage(page))));
                if (imported.status() != 201) {
                    throw new AssertionError(page + " was not recorded: " + imported.raw().body());
                }
                seedsImported.put(page, imported.json());
            }
        }
        for (JsonNode report : seedsImported.values()) {
            awaitProjected(report.get("meetingId").asText(), report.get("version").asLong());
        }
        return Map.copyOf(seedsImported);
    }

    /** A seed page's text. */
    static String seedPage(String page) throws IOException {
        return Files.readString(SEEDS.resolve(page + ".txt"), StandardCharsets.UTF_8);
    }

    /** Waits until every meeting read model holds the meeting at least at the version (read your writes). */
    void awaitProjected(String meetingId, long version) {
        for (String readModel : List.of("", "/attendance", "/declarations", "/decisions", "/questions",
                "/actions", "/minutes")) {
            String url = querySide() + "/api/meetings/" + meetingId + readModel + "?minVersion=" + version;
            await().atMost(Duration.ofSeconds(90)).until(() -> Http.get(url).status() == 200);
        }
    }

    /** Records a fact through the command side, as the clerk; answers the record's version after it. */
    long record(String path, String json) throws Exception {
        Http.Response answer = Http.post(commandSide() + path, json);
        if (answer.status() != 200 && answer.status() != 201) {
            throw new AssertionError("POST " + path + " answered " + answer.status() + ": " + answer.raw().body());
        }
        return answer.json().get("version").asLong();
    }

    /** Registers a committee (idempotently: every test class may give the same one). */
    void registerCommittee(String committeeId, String name) throws Exception {
        Http.Response registered = Http.post(commandSide() + "/api/committees", """
                {"committeeId": "%s", "name": "%s", "council": "Test Council", "kind": "COMMITTEE"}
                """.formatted(committeeId, name));
        if (registered.status() != 201) {
            throw new AssertionError("Could not register committee " + committeeId + ": " + registered.raw().body());
        }
    }

    /** The decisions on the topic for this meeting, once the expected number have arrived (and a moment more). */
    List<ConsumerRecord<String, byte[]>> decisionsOf(String meeting, int expected) {
        return recordsOf(EventContract.DECISIONS_TOPIC, meeting, expected);
    }

    /** The records on the topic keyed by this id, once the expected number have arrived (and a moment more). */
    List<ConsumerRecord<String, byte[]>> recordsOf(String topic, String key, int expected) {
        return recordsOf(topic, key, expected, Duration.ofSeconds(45));
    }

    /** The sequence numbers of the meeting's records on the meeting events topic, in the order published. */
    List<Long> sequenceNumbersOnTheTopic(String meetingId, int expected, Duration patience) {
        return recordsOf(EventContract.MEETING_EVENTS_TOPIC, meetingId, expected, patience).stream()
                .map(published -> Long.parseLong(new String(published.headers()
                        .lastHeader("ce_axonmessageaggregateseq").value(), StandardCharsets.UTF_8)))
                .toList();
    }

    /** The records on the topic keyed by this id, once the expected number have arrived, or the patience ran out. */
    List<ConsumerRecord<String, byte[]>> recordsOf(String topic, String key, int expected, Duration patience) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            long quietUntil = Long.MAX_VALUE;
            long deadline = System.currentTimeMillis() + patience.toMillis();
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                if (found.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.currentTimeMillis() + 2_000;
                }
            }
            return found;
        }
    }

    void stopCommandSide() throws InterruptedException {
        commandSide.close();
    }

    void startCommandSide() throws Exception {
        commandSide = ServiceProcess.start("command side", jar("command-side"), commandSidePort, environment,
                workDir.resolve("logs/command-side.log"));
        commandSide.awaitReady(STARTUP);
    }

    /**
     * Another instance of the command side on the same servers, as a second replica would run: close it at the end.
     */
    ServiceProcess anotherCommandSide() throws Exception {
        return ServiceProcess.start("another command side", jar("command-side"), FreePorts.next(), environment,
                workDir.resolve("logs/another-command-side-" + System.nanoTime() + ".log")).awaitReady(STARTUP);
    }

    void stopQuerySide() throws InterruptedException {
        querySide.close();
    }

    /** Kills the query side outright ({@code kill -9}): it neither finishes its batch nor releases its claims. */
    void killQuerySide() throws InterruptedException {
        querySide.kill();
    }

    /**
     * Another instance of the query side, on a port of its own (the same each time it is started again, chosen
     * while every port of this system is taken), sharing this one's read models and Kafka: the two share the work
     * as two instances in production do. The caller stops it.
     */
    ServiceProcess anotherQuerySide(String name, int port) throws Exception {
        ServiceProcess other = ServiceProcess.start(name, jar("query-side"), port, environment,
                workDir.resolve("logs/" + name.replace(' ', '-') + ".log"));
        try {
            return other.awaitReady(STARTUP);
        } catch (RuntimeException | InterruptedException notReady) {
            other.kill();
            throw notReady;
        }
    }

    /** Starts the query side; one that does not become ready is still this system's, and stopped with it. */
    void startQuerySide() throws Exception {
        querySide = ServiceProcess.start("query side", jar("query-side"), querySidePort, environment,
                workDir.resolve("logs/query-side.log"));
        querySide.awaitReady(STARTUP);
    }

    void stopEventStore() throws IOException {
        postgres.close();
    }

    /** Starts PostgreSQL on its port and data directory: what was stored before is there. */
    void startEventStore() throws IOException {
        postgres = LocalPostgres.start(workDir.resolve("postgres"), postgresPort);
    }

    void stopKafka() {
        kafka.close();
    }

    /** Starts the broker on its port and log directory: the topics keep their records and offsets. */
    void startKafka() throws IOException {
        kafka = LocalKafka.start(workDir.resolve("kafka"), kafkaPort);
    }

    void stopReadModelStore() {
        mongo.close();
    }

    /** Starts the MongoDB-wire server on its port; on file, with what it held. */
    void startReadModelStore() throws IOException {
        mongo = readModelsOnFile ? LocalMongo.startOnFile(workDir.resolve("mongo/minutebook.mv"), mongoPort)
                : LocalMongo.startInMemory(mongoPort);
    }

    private static Path jar(String service) {
        return Path.of(System.getProperty("minutebook." + service + ".jar"));
    }

    @Override
    public void close() {
        try (LocalMongo readModelStore = mongo; LocalKafka broker = kafka; LocalPostgres eventStore = postgres;
             mongoClient; tokens) {
            querySide.close();
            commandSide.close();
        } catch (Exception e) {
            System.err.println("Stopping the system under test failed: " + e);
        }
    }
}
