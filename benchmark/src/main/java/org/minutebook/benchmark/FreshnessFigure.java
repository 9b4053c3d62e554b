package org.minutebook.benchmark;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Freshness: the time from a command's HTTP answer until the query side shows its fact, at a steady
 * 200 commands a second (open loop). Commands are realistic meetings' steps, many meetings at once, each
 * meeting's commands in order. After each answer (version v) one query {@code GET /api/meetings/{id}?minVersion=v}
 * is sent: the query side waits until its read model holds v and then answers, so the figure is what a clerk's
 * read-your-writes sees. It is split in two at the moment each event reached Kafka ({@link TopicArrivals}): the
 * command side's half (answer to topic, recording and publication) and the query side's (topic to readable: the
 * projection, and the query that saw it, so an event readable before its query came counts the query's trip).
 */
final class FreshnessFigure implements Figure {

    @Override
    public String name() {
        return "freshness";
    }

    /** A fact seen: its meeting and version, when the command was answered and when the query saw it (epoch ms). */
    private record Seen(String meetingId, long version, long answeredAt, long visibleAt) {
    }

    private static final class Cursor {
        final List<Meetings.Command> steps;
        final String meetingId;
        int next;

        Cursor(List<Meetings.Command> steps) {
            this.steps = steps;
            String path = steps.get(1).path();
            this.meetingId = path.split("/")[3];
        }
    }

    @Override
    public void measure(Run run) throws Exception {
        Settings s = run.settings;
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        List<Double> toTopicP99 = new ArrayList<>();
        List<Double> fromTopicP50 = new ArrayList<>();
        List<Double> fromTopicP99 = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        long totalBehind = 0;
        long totalSent = 0;
        for (int rep = 0; rep < s.repetitions() && !run.pastDeadline(); rep++) {
            Histogram freshness = Summary.histogram();
            ConcurrentLinkedQueue<Cursor> idle = new ConcurrentLinkedQueue<>();
            // the read-your-writes queries not answered 200, by status: 503 busy and read-model-behind are told apart
            Map<Integer, LongAdder> behind = new ConcurrentSkipListMap<>();
            ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
            OpenLoop.Outcome outcome;
            Histogram toTopic = Summary.histogram();
            Histogram fromTopic = Summary.histogram();
            try (TopicArrivals arrivals = new TopicArrivals(run)) {
                outcome = OpenLoop.run(s.freshnessRate(), s.freshnessSeconds(), 400, () -> {
                    Cursor cursor = idle.poll();
                    if (cursor == null) {
                        cursor = new Cursor(run.newMeeting("f"));
                    }
                    return step(run, cursor, idle, freshness, behind, seen);
                });
                Thread.sleep(1_000); // the last events' arrivals read
                for (Seen fact : seen) {
                    arrivals.arrival(fact.meetingId(), fact.version()).ifPresent(arrival -> {
                        toTopic.recordValue(Math.max(1, (arrival - fact.answeredAt()) * 1000));
                        fromTopic.recordValue(Math.max(1, (fact.visibleAt() - arrival) * 1000));
                    });
                }
            }
            if (rep == 0) {
                run.threadDump("freshness", run.stack.querySide);
            }
            // A run where (almost) no fact became visible within the query's 5 s wait has no percentiles to give.
            if (freshness.getTotalCount() >= Math.max(1, outcome.sent() / 2)) {
                p50.add(Summary.millis(freshness, 50));
                p99.add(Summary.millis(freshness, 99));
                max.add(Summary.maxMillis(freshness));
            }
            if (fromTopic.getTotalCount() >= Math.max(1, freshness.getTotalCount() / 2)) {
                toTopicP99.add(Summary.millis(toTopic, 99));
                fromTopicP50.add(Summary.millis(fromTopic, 50));
                fromTopicP99.add(Summary.millis(fromTopic, 99));
            }
            long notVisible = behind.values().stream().mapToLong(LongAdder::sum).sum();
            totalBehind += notVisible;
            totalSent += outcome.sent();
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("commandsSent", outcome.sent());
            d.put("commandsAnswered2xx", outcome.ok());
            d.put("failedOrNotVisible", outcome.failed());
            d.put("unfinished", outcome.unfinished());
            d.put("notVisibleWithin5s", notVisible);
            d.put("queriesNotAnswered200ByStatus", behind.entrySet().stream().collect(Collectors.toMap(
                    entry -> String.valueOf(entry.getKey()), entry -> entry.getValue().sum(), Long::sum,
                    LinkedHashMap::new)));
            d.put("achievedRate", outcome.sent() / outcome.seconds());
            d.put("commandPlusFreshnessP99Ms", Summary.millis(outcome.latency(), 99));
            d.put("freshnessSamples", freshness.getTotalCount());
            d.put("samplesSplitAtTheTopic", fromTopic.getTotalCount());
            details.put("rep" + rep, d);
        }
        run.results.detail("freshness", details);
        String note = "at " + s.freshnessRate() + " commands/s for " + s.freshnessSeconds() + " s";
        Summary p99s = Summary.of(p99);
        if (p99s == null && totalBehind > 0) {
            // Measured, and missed: more than half the facts were not in the read model 5 s after the answer.
            run.results.add(new Results.Row(name(), "command answer → read model, p99", null, null, null, null,
                    null, "≤ 100 ms", false, "over 5,000 ms: " + totalBehind + " of " + totalSent
                    + " facts not visible within the query's 5 s wait; " + note));
            return;
        }
        if (p99s == null) {
            notMeasured(run, "the run reached its cap");
            return;
        }
        run.results.add(new Results.Row(name(), "command answer → read model, p50", "ms", Summary.of(p50),
                null, null, null, null, null, note));
        run.results.add(new Results.Row(name(), "command answer → read model, p99", "ms", p99s,
                null, null, null, "≤ 100 ms", p99s.median() <= 100, note));
        run.results.add(new Results.Row(name(), "command answer → read model, max", "ms", Summary.of(max),
                null, null, null, null, null, note));
        Summary split = Summary.of(fromTopicP99);
        if (split != null) {
            run.results.add(new Results.Row(name(), "… command answer → on Kafka (command side), p99", "ms",
                    Summary.of(toTopicP99), null, null, null, null, null, note));
            run.results.add(new Results.Row(name(), "… on Kafka → read model (query side), p50", "ms",
                    Summary.of(fromTopicP50), null, null, null, null, null, note));
            run.results.add(new Results.Row(name(), "… on Kafka → read model (query side), p99", "ms", split,
                    null, null, null, null, null, note));
        }
    }

    /** Sends the cursor's next command, then the read-your-writes query; the cursor goes back when done. */
    private static CompletableFuture<Boolean> step(Run run, Cursor cursor, ConcurrentLinkedQueue<Cursor> idle,
                                                   Histogram freshness, Map<Integer, LongAdder> behind,
                                                   ConcurrentLinkedQueue<Seen> seen) {
        Meetings.Command command = cursor.steps.get(cursor.next++);
        return Http.sendAsync(Http.request(command.method(), run.commandSide() + command.path(), command.body(),
                Http.User.CLERK)).thenCompose(answer -> {
            long answeredAt = System.nanoTime();
            long answeredAtMillis = System.currentTimeMillis();
            if (answer.statusCode() / 100 != 2) {
                return CompletableFuture.completedFuture(false);
            }
            long version = Meetings.version(answer.body());
            return Http.sendAsync(Http.request("GET", run.querySide() + "/api/meetings/" + cursor.meetingId
                    + "?minVersion=" + version, null, Http.User.NONE)).thenApply(query -> {
                if (query.statusCode() != 200) {
                    behind.computeIfAbsent(query.statusCode(), status -> new LongAdder()).increment();
                    return false;
                }
                long micros = (System.nanoTime() - answeredAt) / 1000;
                seen.add(new Seen(cursor.meetingId, version, answeredAtMillis, System.currentTimeMillis()));
                synchronized (freshness) {
                    freshness.recordValue(Math.max(1, micros));
                }
                return true;
            });
        }).whenComplete((ok, error) -> {
            if (cursor.next < cursor.steps.size()) {
                idle.add(cursor);
            }
        });
    }

    @Override
    public void notMeasured(Run run, String why) {
        run.results.notMeasured(name(), "command answer → read model, p99", "≤ 100 ms", why);
    }
}
