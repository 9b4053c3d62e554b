package org.minutebook.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples the resident memory of each process once a second, for the whole run: the services' VmRSS from
 * /proc/<pid>/status, and the local stack's JVM plus its PostgreSQL server. PostgreSQL is many processes that
 * share their buffers, so they are summed by PSS (each shared page counted once), not by RSS.
 * Keeps the highest value per phase ("queries" is the figure's load; "run" is the whole run).
 */
final class Memory implements AutoCloseable {

    static final List<String> PROCESSES = List.of("command side", "query side", "local stack");

    private final Stack stack;
    private final Map<String, Map<String, Long>> peakByPhase = new ConcurrentHashMap<>();
    private volatile String phase = "setup";
    private final Thread sampler;
    private volatile boolean running = true;

    Memory(Stack stack) {
        this.stack = stack;
        this.sampler = new Thread(this::sampleEverySecond, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void phase(String name) {
        phase = name;
    }

    /** The highest resident size of each process seen in the phase, in MiB. */
    Map<String, Long> peaks(String phaseName) {
        return new LinkedHashMap<>(peakByPhase.getOrDefault(phaseName, Map.of()));
    }

    Map<String, Map<String, Long>> all() {
        return peakByPhase;
    }

    private void sampleEverySecond() {
        while (running) {
            Map<String, Long> now = new LinkedHashMap<>();
            now.put("command side", kib(stack.commandSide.pid(), "VmRSS:", "status"));
            now.put("query side", kib(stack.querySide.pid(), "VmRSS:", "status"));
            long stackJvm = kib(stack.stackPid(), "VmRSS:", "status");
            long postgres = postgresPss();
            now.put("local stack JVM (Kafka, MongoDB-wire)", stackJvm);
            now.put("PostgreSQL (PSS, all its processes)", postgres);
            now.put("local stack", stackJvm + postgres);
            for (String name : List.of(phase, "run")) {
                Map<String, Long> peaks = peakByPhase.computeIfAbsent(name, k -> new ConcurrentHashMap<>());
                now.forEach((process, value) -> peaks.merge(process, value / 1024, Math::max));
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long postgresPss() {
        OptionalLong postmaster = stack.postgresPid();
        if (postmaster.isEmpty()) {
            return 0;
        }
        long total = kib(postmaster.getAsLong(), "Pss:", "smaps_rollup");
        ProcessHandle root = ProcessHandle.of(postmaster.getAsLong()).orElse(null);
        if (root != null) {
            total += root.descendants().mapToLong(p -> kib(p.pid(), "Pss:", "smaps_rollup")).sum();
        }
        return total;
    }

    /** A kB field of /proc/<pid>/<file>, 0 when the process is gone. */
    private static long kib(long pid, String field, String file) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, restarted or not Linux
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
