package org.minutebook.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Queries: p50/p99 of the minutes, agenda, attendance and decision-register queries, each on its own at 500
 * requests a second (open loop), with N meetings in the read models (copies on the topic of meetings recorded
 * through HTTP; see TopicCopies). Each request asks for a random meeting. The decision register asks for the
 * committee's decisions, first page. Memory: every process's resident size is sampled during this load.
 */
final class QueriesFigure implements Figure {

    static final Map<String, Function<String, String>> QUERIES = new LinkedHashMap<>();
    private static final int WARM_UP_SECONDS = 5;

    static {
        QUERIES.put("minutes", id -> "/api/meetings/" + id + "/minutes");
        QUERIES.put("agenda", id -> "/api/meetings/" + id);
        QUERIES.put("attendance", id -> "/api/meetings/" + id + "/attendance");
        QUERIES.put("decision register", id -> "/api/decisions?committeeId=" + Meetings.COMMITTEE + "&limit=50");
    }

    @Override
    public String name() {
        return "queries";
    }

    @Override
    public void measure(Run run) throws Exception {
        Settings s = run.settings;
        run.memory.phase("queries seeding");
        List<String> ids = load(run, s.queryMeetings());
        String note = ids.size() + " meetings in the read models";

        Map<String, List<Double>> p50 = new LinkedHashMap<>();
        Map<String, List<Double>> p99 = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        run.memory.phase("queries");
        // Warm-up, unmeasured: each query at the figure's rate for a few seconds, so the first measured run is not
        // the one in which the JIT compiles the answering path (a first run's p50 was 50-500 ms, the next ~2 ms)
        for (Function<String, String> query : QUERIES.values()) {
            OpenLoop.run(s.queryRate(), WARM_UP_SECONDS, 500, randomMeeting(run, query, ids));
        }
        for (int rep = 0; rep < s.repetitions() && !run.pastDeadline(); rep++) {
            for (Map.Entry<String, Function<String, String>> query : QUERIES.entrySet()) {
                if (rep == 0) {
                    dumpHalfway(run, query.getKey(), s.querySeconds());
                }
                OpenLoop.Outcome outcome = OpenLoop.run(s.queryRate(), s.querySeconds(), 500,
                        randomMeeting(run, query.getValue(), ids));
                p50.computeIfAbsent(query.getKey(), k -> new ArrayList<>()).add(Summary.millis(outcome.latency(), 50));
                p99.computeIfAbsent(query.getKey(), k -> new ArrayList<>()).add(Summary.millis(outcome.latency(), 99));
                details.put(query.getKey() + "-rep" + rep, Map.of("sent", outcome.sent(), "ok", outcome.ok(),
                        "failed", outcome.failed(), "unfinished", outcome.unfinished(),
                        "achievedRate", outcome.sent() / outcome.seconds(),
                        "maxMs", Summary.maxMillis(outcome.latency())));
            }
        }
        run.memory.phase("after queries");
        run.results.detail("queries.runs", details);
        for (String query : QUERIES.keySet()) {
            Summary median = Summary.of(p50.getOrDefault(query, List.of()));
            Summary tail = Summary.of(p99.getOrDefault(query, List.of()));
            if (tail == null) {
                run.results.notMeasured(name(), query + " p99 at " + s.queryRate() + "/s", "≤ 10 ms", "the run reached its cap");
                continue;
            }
            run.results.add(new Results.Row(name(), query + " p50 at " + s.queryRate() + "/s", "ms", median,
                    null, null, null, null, null, note));
            run.results.add(new Results.Row(name(), query + " p99 at " + s.queryRate() + "/s", "ms", tail,
                    null, null, null, "≤ 10 ms", tail.median() <= 10, note));
        }
        memoryRows(run);
    }

    /** The query of a random meeting, as the public asks it; true when answered 200. */
    private static Supplier<CompletableFuture<Boolean>> randomMeeting(Run run, Function<String, String> query,
                                                                      List<String> ids) {
        return () -> {
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            return Http.sendAsync(Http.request("GET", run.querySide() + query.apply(id), null, Http.User.NONE))
                    .thenApply(answer -> answer.statusCode() == 200);
        };
    }

    /** Resident size of each process, the highest sample during the query load. */
    private void memoryRows(Run run) {
        Map<String, Long> peaks = run.memory.peaks("queries");
        for (String process : Memory.PROCESSES) {
            Long mib = peaks.get(process);
            boolean service = !process.equals("local stack");
            String target = service ? "≤ 512 MiB" : "≤ 1 GiB";
            if (mib == null || mib == 0) {
                run.results.notMeasured("memory", process + " RSS under the query load", target, "no sample");
                continue;
            }
            run.results.add(new Results.Row("memory", process + " RSS under the query load", "MiB",
                    Summary.of(List.of((double) mib)), null, null, null, target,
                    mib <= (service ? 512 : 1024), service ? "highest sample" : "JVM RSS + PostgreSQL PSS, highest sample"));
        }
    }

    /** Records one meeting per fixture through HTTP, then copies them on the topic to make up N meetings. */
    private static List<String> load(Run run, int meetings) {
        List<TopicCopies.Template> templates = new ArrayList<>();
        for (int t = 0; t < run.meetings.templateCount(); t++) {
            List<Meetings.Command> steps = run.newMeeting("t");
            long version = -1;
            for (Meetings.Command command : steps) {
                version = Meetings.record(run.commandSide(), command);
            }
            String id = steps.get(1).path().split("/")[3];
            if (!TopicCopies.awaitProjected(run, id, version, Duration.ofMinutes(2))) {
                throw new IllegalStateException("Template meeting " + id + " was not projected");
            }
            templates.add(TopicCopies.template(run, id));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < meetings; i++) {
            ids.add(run.newMeetingId("q"));
        }
        long events = (long) meetings * templates.stream().mapToLong(t -> t.records().size()).sum() / templates.size();
        long start = System.nanoTime();
        Map<Integer, String> last = TopicCopies.copy(run, templates, ids);
        double copied = (System.nanoTime() - start) / 1e9;
        Duration patience = run.timeLeft().compareTo(Duration.ofMinutes(20)) < 0 ? run.timeLeft() : Duration.ofMinutes(20);
        boolean projected = true;
        for (String id : last.values()) {
            TopicCopies.Template template = templates.get(ids.indexOf(id) % templates.size());
            projected &= TopicCopies.awaitProjected(run, id, template.lastVersion(), patience);
        }
        double caughtUp = (System.nanoTime() - start) / 1e9;
        Map<String, Object> seeding = new LinkedHashMap<>();
        seeding.put("meetings", meetings);
        seeding.put("eventsCopied", events);
        seeding.put("copySeconds", copied);
        seeding.put("secondsUntilProjected", caughtUp);
        seeding.put("liveProjectionEventsPerSecond", events / caughtUp);
        seeding.put("projectedInTime", projected);
        run.results.detail("queries.seeding", seeding);
        System.out.printf("  %d meetings (%d events) copied in %.0f s, projected after %.0f s%n", meetings, events,
                copied, caughtUp);
        if (!projected) {
            throw new IllegalStateException("The copies were not projected within " + patience);
        }
        return ids;
    }

    private static void dumpHalfway(Run run, String query, int seconds) {
        Thread dumper = new Thread(() -> {
            Run.sleep(seconds * 500L);
            run.threadDump("queries-" + query.replace(' ', '-'), run.stack.querySide);
        }, "thread-dump");
        dumper.setDaemon(true);
        dumper.start();
    }

    @Override
    public void notMeasured(Run run, String why) {
        for (String query : QUERIES.keySet()) {
            run.results.notMeasured(name(), query + " p99 at " + run.settings.queryRate() + "/s", "≤ 10 ms", why);
        }
        for (String process : Memory.PROCESSES) {
            run.results.notMeasured("memory", process + " RSS under the query load",
                    process.equals("local stack") ? "≤ 1 GiB" : "≤ 512 MiB", why);
        }
    }
}
