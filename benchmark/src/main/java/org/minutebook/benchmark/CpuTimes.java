package org.minutebook.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The CPU time each process of the run has used so far (user and system, from /proc/<pid>/stat), so that each
 * figure can say where its time went: the command side, the query side, the local stack's JVM (Kafka and the
 * MongoDB-wire server), PostgreSQL (its server and every backend, those that ended included) and the benchmark
 * itself, which generates the load.
 */
final class CpuTimes {

    static final String COMMAND_SIDE = "command side";
    static final String QUERY_SIDE = "query side";
    static final String STACK_JVM = "local stack JVM (Kafka, MongoDB-wire)";
    static final String POSTGRES = "PostgreSQL";
    static final String BENCHMARK = "benchmark (load generator)";

    private static final double TICKS_PER_SECOND = ticksPerSecond();

    private final Stack stack;

    CpuTimes(Stack stack) {
        this.stack = stack;
    }

    /** CPU seconds used so far, per process. */
    Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put(COMMAND_SIDE, stack.commandSide.cpuSeconds());
        seconds.put(QUERY_SIDE, stack.querySide.cpuSeconds());
        seconds.put(STACK_JVM, seconds(stack.stackPid(), false));
        seconds.put(POSTGRES, postgres());
        seconds.put(BENCHMARK, seconds(ProcessHandle.current().pid(), false));
        return seconds;
    }

    /** CPU seconds a running process has used so far; 0 when it is gone. */
    static double ofProcess(long pid) {
        return seconds(pid, false);
    }

    /**
     * CPU seconds a JVM's just-in-time compiler threads have used so far (C1 and C2; on 2 cores HotSpot runs one of
     * each and never retires them, so nothing they used is lost with an ended thread); 0 when it is gone.
     */
    static double ofCompilerThreads(long pid) {
        double total = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().matches("C[12] Compiler.*")) {
                        total += ticks(Files.readString(task.resolve("stat")), false) / TICKS_PER_SECOND;
                    }
                } catch (IOException | RuntimeException ended) {
                    // a thread that ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return total;
    }

    /**
     * CPU seconds of this JVM's children it has waited for: what a stopped child used in all, its last seconds
     * included, is this figure's growth across the wait that reaps it.
     */
    static double ofReapedChildren() {
        long self = ProcessHandle.current().pid();
        return seconds(self, true) - seconds(self, false);
    }

    /** What each process used between two readings. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((process, seconds) -> used.put(process,
                Math.max(0, seconds - before.getOrDefault(process, 0.0))));
        return used;
    }

    private double postgres() {
        OptionalLong postmaster = stack.postgresPid();
        if (postmaster.isEmpty()) {
            return 0;
        }
        // the postmaster's own time and that of the backends it has waited for, plus those still running
        double total = seconds(postmaster.getAsLong(), true);
        ProcessHandle root = ProcessHandle.of(postmaster.getAsLong()).orElse(null);
        if (root != null) {
            total += root.descendants().mapToDouble(p -> seconds(p.pid(), false)).sum();
        }
        return total;
    }

    /** utime + stime (and, asked, cutime + cstime: children waited for) of a process; 0 when it is gone. */
    private static double seconds(long pid, boolean withChildren) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), withChildren) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The clock ticks of a process's or thread's stat line. */
    private static long ticks(String stat, boolean withChildren) {
        // the command (field 2) may hold spaces: the fields after it start past its closing parenthesis
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks;
    }

    private static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor();
            return Double.parseDouble(answer);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
