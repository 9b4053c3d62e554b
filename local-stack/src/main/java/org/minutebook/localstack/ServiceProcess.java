package org.minutebook.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the services (command side or query side) run from its executable jar as a separate operating-system
 * process, as it runs in production. Used by ./run and by the system tests, which stop and restart services.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * The JVM options of each service, in ./run, the system tests and the benchmark: a service must stay within
     * 512 MiB resident (docs/performance.md). Measured with native memory tracking under the benchmark's query load,
     * a service holds its whole heap once a bulk projection has filled it, plus about 180 MiB besides (metaspace
     * 70, code 40, symbols and class space 40, threads 10, the C heap and mapped jars the rest), so the heap is
     * 256 MiB (the query side's live set is under 100 MiB). The serial collector keeps the collector's own memory
     * small; a service's pauses on a heap this size are a few milliseconds.
     */
    public static final List<String> JVM_OPTIONS = withShared("-Xmx256m");

    /**
     * The command side's: its own heap, smaller. Its caches of records hold soft references, so whatever the heap,
     * the collector lets it fill before it clears them, and every page of it stays resident: with 256 MiB it reached
     * 543 MiB resident. Its live set after a full collection under the benchmark's 32 clients, caches and the event
     * store's cache of recent events included, was 107-111 MiB; with those bounded, 63-65 MiB (docs/performance.md,
     * 444 MiB resident at the peak). The JIT's
     * compiler frees its arenas (up to 40 MiB at a time) into the C heap, which glibc keeps unless told to give it
     * back: the heap is trimmed every five seconds.
     */
    public static final List<String> COMMAND_SIDE_JVM_OPTIONS = withShared("-Xmx192m",
            "-XX:TrimNativeHeapInterval=5000");

    private static List<String> withShared(String... own) {
        List<String> options = new ArrayList<>(List.of(own));
        options.addAll(List.of("-Xss512k", "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=48m",
                "-XX:+UseSerialGC"));
        return List.copyOf(options);
    }

    /** The options of the service in this jar: the command side's, or every other service's. */
    public static List<String> jvmOptions(Path jar) {
        return jar.getFileName().toString().startsWith("command-side-") ? COMMAND_SIDE_JVM_OPTIONS : JVM_OPTIONS;
    }

    /**
     * The environment of each service besides its settings: glibc gives each thread that allocates natively an
     * arena of its own (up to eight a core), which a JVM with many threads leaves mostly empty yet resident.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, Path log)
            throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions(jar));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(ENVIRONMENT);
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return new ServiceProcess(name, builder.start(), log, port);
    }

    /** Waits until the service reports itself healthy; fails with the end of its log if it dies or is too slow. */
    public ServiceProcess awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue()
                        + "):\n" + logTail());
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + logTail());
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /** Stops gracefully (SIGTERM lets Spring finish in-flight work and release processor claims). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Kills the process outright (SIGKILL, as {@code kill -9}): nothing in flight is finished or released. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
