package org.minutebook.benchmark;

import org.minutebook.localstack.FreePorts;
import org.minutebook.localstack.LocalMongo;
import org.minutebook.localstack.LocalPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The system under test: the local stack in one process and the two services in two more, each on a free
 * loopback port, with a fresh data directory per run. Everything it starts it stops, also on Ctrl-C.
 */
final class Stack implements AutoCloseable {

    final Path dir;
    final int postgresPort = FreePorts.next();
    final int kafkaPort = FreePorts.next();
    final int mongoPort = FreePorts.next();
    final Service commandSide;
    final Service querySide;
    private final Process stack;

    private Stack(Settings settings, Path dir) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir.resolve("logs"));
        List<String> command = new ArrayList<>(List.of(java()));
        if (!settings.stackJavaOptions().isBlank()) {
            command.addAll(Arrays.asList(settings.stackJavaOptions().trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", selfJar(), "stack", dir.toString(), Integer.toString(postgresPort),
                Integer.toString(kafkaPort), Integer.toString(mongoPort), settings.mongo()));
        Path stackLog = dir.resolve("logs/local-stack.log");
        stack = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stackLog.toFile())).start();
        awaitLine(stackLog, StackMain.READY, Duration.ofMinutes(2));

        int queryPort = FreePorts.next();
        Map<String, String> environment = new LinkedHashMap<>(Http.CREDENTIALS.environment());
        environment.putAll(settings.serviceEnvironment());
        environment.put("EVENTSTORE_JDBC_URL", jdbcUrl());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka());
        environment.put("MONGODB_URI", mongoUri());
        environment.put("QUERY_SIDE_URL", "http://localhost:" + queryPort);
        environment.put("MINUTEBOOK_DATA_DIR", dir.toString()); // where the command side keeps its seal key
        commandSide = new Service("command side", jar("command-side"), FreePorts.next(), environment,
                dir.resolve("logs/command-side.log"));
        querySide = new Service("query side", jar("query-side"), queryPort, environment,
                dir.resolve("logs/query-side.log"));
    }

    static Stack start(Settings settings) throws Exception {
        Path dir = settings.workDir().resolve("run-" + System.currentTimeMillis()).toAbsolutePath();
        Stack started = new Stack(settings, dir);
        Runtime.getRuntime().addShutdownHook(new Thread(started::closeQuietly));
        // The command side creates the topics the query side reads, so it starts first.
        started.commandSide.start();
        started.querySide.start();
        return started;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + LocalPostgres.DATABASE;
    }

    Connection eventStore() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), LocalPostgres.USER, "");
    }

    String kafka() {
        return "localhost:" + kafkaPort;
    }

    String mongoUri() {
        return "mongodb://localhost:" + mongoPort + "/" + LocalMongo.DATABASE;
    }

    long stackPid() {
        return stack.pid();
    }

    /** The PostgreSQL postmaster: pg_ctl detaches it, so it is found through its pid file, not as a child. */
    OptionalLong postgresPid() {
        try {
            String first = Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).trim();
            return OptionalLong.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            querySide.close();
            commandSide.close();
        } finally {
            if (stack.isAlive()) {
                stack.destroy();
                if (!stack.waitFor(60, TimeUnit.SECONDS)) {
                    stack.destroyForcibly().waitFor();
                }
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("Stopping the system under test failed: " + e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Run with java -jar, the class path is this jar: the stack process is started from it too. */
    private static String selfJar() {
        String classPath = System.getProperty("java.class.path");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            throw new IllegalStateException("Run the benchmark with java -jar (./run-benchmark), not from " + classPath);
        }
        return Path.of(classPath).toAbsolutePath().toString();
    }

    static Path jar(String module) throws IOException {
        try (var files = Files.list(Path.of(module, "target"))) {
            return files.filter(p -> p.getFileName().toString().matches(module + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + module + "/target/*-exec.jar: build first"))
                    .toAbsolutePath();
        }
    }

    private void awaitLine(Path log, String line, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!stack.isAlive()) {
                throw new IllegalStateException("The local stack stopped while starting; see " + log);
            }
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The local stack was not ready within " + timeout + "; see " + log);
    }
}
