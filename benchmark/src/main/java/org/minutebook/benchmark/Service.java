package org.minutebook.benchmark;

import org.minutebook.localstack.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service run from its executable jar as its own process, with the same JVM options the system tests and
 * ./run give it (ServiceProcess.jvmOptions). Unlike local-stack's ServiceProcess it exposes the process id, for its memory.
 */
final class Service implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private volatile Process process;
    /** What the service's earlier processes used, so a figure that restarts it still counts their CPU. */
    private double stoppedProcessesCpuSeconds;

    Service(String name, Path jar, int port, Map<String, String> environment, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = environment;
        this.log = log;
    }

    Service start() throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Stack.java()));
        command.addAll(ServiceProcess.jvmOptions(jar));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(ServiceProcess.ENVIRONMENT);
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        process = builder.start();
        awaitReady(Duration.ofMinutes(3));
        return this;
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** CPU seconds this service has used since it was first started, across restarts. */
    double cpuSeconds() {
        Process running = process;
        return stoppedProcessesCpuSeconds + (running != null && running.isAlive() ? CpuTimes.ofProcess(running.pid()) : 0);
    }

    Path log() {
        return log;
    }

    /** SIGTERM, so Spring finishes in-flight work and the processors release their claims. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            double reapedBefore = CpuTimes.ofReapedChildren();
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            stoppedProcessesCpuSeconds += Math.max(0, CpuTimes.ofReapedChildren() - reapedBefore);
        }
    }
}
