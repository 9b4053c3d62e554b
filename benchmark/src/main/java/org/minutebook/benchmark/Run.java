package org.minutebook.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What every figure shares: the settings, the running system, the results, the meetings and the time cap. */
final class Run {

    final Settings settings;
    final Stack stack;
    final Results results;
    final Meetings meetings;
    final Memory memory;
    final CpuTimes cpu;
    final Instant deadline;
    private final String tag = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final AtomicInteger meetingNumber = new AtomicInteger();

    Run(Settings settings, Stack stack, Results results, Meetings meetings, Memory memory, Instant startedAt) {
        this.settings = settings;
        this.stack = stack;
        this.results = results;
        this.meetings = meetings;
        this.memory = memory;
        this.cpu = new CpuTimes(stack);
        this.deadline = startedAt.plus(Duration.ofMinutes(settings.maxMinutes()));
    }

    String commandSide() {
        return stack.commandSide.baseUrl();
    }

    String querySide() {
        return stack.querySide.baseUrl();
    }

    /** A new meeting id, unique in this run. */
    String newMeetingId(String kind) {
        return meetingId(kind, meetingNumber.incrementAndGet());
    }

    String meetingId(String kind, int n) {
        return "b" + tag + "-" + kind + "-" + n;
    }

    /** The next new meeting's commands (the fixtures take turns). */
    List<Meetings.Command> newMeeting(String kind) {
        int n = meetingNumber.incrementAndGet();
        return meetings.meeting(n, meetingId(kind, n));
    }

    /**
     * Waits (at most 5 minutes) until the query side has caught up with everything recorded so far, so a figure
     * measures its own load, not the backlog of the one before: probe meetings are scheduled (several, so that
     * every partition of the topic is likely to carry one) and the meeting read model must show each.
     */
    void settle() {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        List<String> probes = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Meetings.Command schedule = newMeeting("p").get(0);
            Meetings.record(commandSide(), schedule);
            probes.add(schedule.body().split("\"meetingId\":\"")[1].split("\"")[0]);
        }
        for (String probe : probes) {
            while (!answers(querySide() + "/api/meetings/" + probe + "?minVersion=0")) {
                if (System.nanoTime() > deadline) {
                    System.out.println("  (the query side had not caught up after 5 minutes; going on)");
                    return;
                }
            }
        }
    }

    /**
     * Whether the query answers 200; a query side still working through the backlog of the figure before may not
     * even take the connection, which is waited out like any other not-yet.
     */
    private static boolean answers(String url) {
        try {
            return Http.get(url).statusCode() == 200;
        } catch (java.io.UncheckedIOException backlogged) {
            return false;
        }
    }

    boolean pastDeadline() {
        return Instant.now().isAfter(deadline);
    }

    Duration timeLeft() {
        return Duration.between(Instant.now(), deadline);
    }

    /** The JVM's own thread dump (jcmd Thread.print) of a service, kept to say where its time goes. */
    void threadDump(String label, Service service) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path out = stack.dir.resolve("thread-dumps").resolve(label + "-" + service.name.replace(' ', '-') + ".txt");
        try {
            Files.createDirectories(out.getParent());
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(service.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            System.err.println("No thread dump of " + service.name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
