package org.minutebook.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a meeting gets slower to write as its history grows: one meeting is scheduled, given an item and
 * opened, then the chair's announcements are recorded one after another (one client) up to N events. At the
 * 1st, 50th, 500th and 2,000th event it takes the command's latency (the median of the 5 commands ending
 * there, the 1st being the scheduling alone), and how long after the answer the minutes read model shows that
 * event (a query with minVersion, which waits on the server).
 */
final class GrowthFigure implements Figure {

    private static final List<Integer> AT = List.of(1, 50, 500, 2000);
    private static final int WINDOW = 5;

    @Override
    public String name() {
        return "growth";
    }

    @Override
    public void measure(Run run) throws Exception {
        int events = run.settings.growthEvents();
        Map<Integer, List<Double>> latency = new LinkedHashMap<>();
        Map<Integer, List<Double>> visible = new LinkedHashMap<>();
        List<Double> ratios = new ArrayList<>();
        for (int rep = 0; rep < run.settings.growthRepetitions() && !run.pastDeadline(); rep++) {
            Map<Integer, Double> repLatency = growOneMeeting(run, events, visible);
            repLatency.forEach((at, ms) -> latency.computeIfAbsent(at, k -> new ArrayList<>()).add(ms));
            if (repLatency.containsKey(2000) && repLatency.containsKey(50)) {
                ratios.add(repLatency.get(2000) / repLatency.get(50));
            }
        }
        for (int at : AT) {
            Summary value = Summary.of(latency.getOrDefault(at, List.of()));
            if (value == null) {
                run.results.notMeasured(name(), "command latency at event " + at, null,
                        at > events ? "--growth-events=" + events : "the run reached its cap");
                run.results.notMeasured(name(), "read model shows event " + at + " after", null,
                        at > events ? "--growth-events=" + events : "the run reached its cap");
                continue;
            }
            run.results.add(new Results.Row(name(), "command latency at event " + at, "ms", value,
                    null, null, null, null, null, null));
            run.results.add(new Results.Row(name(), "read model shows event " + at + " after", "ms",
                    Summary.of(visible.getOrDefault(at, List.of())), null, null, null, null, null,
                    "minutes read model, minVersion query"));
        }
        Summary ratio = Summary.of(ratios);
        if (ratio == null) {
            run.results.notMeasured(name(), "latency at event 2000 ÷ at event 50", "≤ 1.5×",
                    events < 2000 ? "--growth-events=" + events : "the run reached its cap");
        } else {
            run.results.add(new Results.Row(name(), "latency at event 2000 ÷ at event 50", "×", ratio, null, null,
                    null, "≤ 1.5×", ratio.median() <= 1.5, null));
        }
    }

    @Override
    public void notMeasured(Run run, String why) {
        for (int at : AT) {
            run.results.notMeasured(name(), "command latency at event " + at, null, why);
        }
        run.results.notMeasured(name(), "latency at event 2000 ÷ at event 50", "≤ 1.5×", why);
    }

    private static Optional<String> startsAt(Meetings.Command schedule) {
        try {
            return Optional.of(new ObjectMapper().readTree(schedule.body()).path("startsAt"))
                    .filter(JsonNode::isTextual).map(JsonNode::asText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the latency (ms) at each point reached; adds the read model's delay at each point to visible. */
    private Map<Integer, Double> growOneMeeting(Run run, int events, Map<Integer, List<Double>> visible) {
        // a meeting scheduled with its day and time, so it can be opened at a time of day (the fixtures take turns,
        // and a page that gives no date schedules a meeting that cannot be)
        List<Meetings.Command> template = run.newMeeting("g");
        while (startsAt(template.get(0)).isEmpty()) {
            template = run.newMeeting("g");
        }
        Meetings.Command schedule = template.get(0);
        String meetingId = schedule.path().equals("/api/meetings") ? idOf(schedule) : null;
        String base = run.commandSide() + "/api/meetings/" + meetingId;
        Map<Integer, Double> latencyAt = new LinkedHashMap<>();
        List<Double> window = new ArrayList<>();

        long started = System.nanoTime();
        long version = Meetings.record(run.commandSide(), schedule);
        latencyAt.put(1, (System.nanoTime() - started) / 1e6);
        visible.computeIfAbsent(1, k -> new ArrayList<>()).add(untilVisible(run, meetingId, version));
        Meetings.record(run.commandSide(), new Meetings.Command("POST", "/api/meetings/" + meetingId + "/agenda/items",
                "{\"itemId\":\"item-1\",\"number\":\"1\",\"title\":\"Chair's announcements\"}"));
        // opened when it was to start (the fixtures take turns, so the day differs)
        String openedAt = startsAt(schedule).orElseThrow();
        Meetings.record(run.commandSide(), new Meetings.Command("POST", "/api/meetings/" + meetingId + "/opening",
                "{\"openedAt\":\"" + openedAt + "\",\"chair\":{\"id\":\"fryer\",\"name\":\"Mrs. H. J. Fryer CC\"}}"));
        for (int n = 3; n < events && !run.pastDeadline(); n++) {
            long sent = System.nanoTime();
            var answer = Http.send(Http.request("POST", base + "/items/item-1/announcements",
                    Meetings.announcement(n), Http.User.CLERK));
            double ms = (System.nanoTime() - sent) / 1e6;
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("An announcement was refused: " + answer.statusCode() + " " + answer.body());
            }
            version = Meetings.version(answer.body());
            int eventNumber = (int) version + 1;
            window.add(ms);
            if (window.size() > WINDOW) {
                window.remove(0);
            }
            if (AT.contains(eventNumber)) {
                latencyAt.put(eventNumber, Summary.of(window).median());
                visible.computeIfAbsent(eventNumber, k -> new ArrayList<>()).add(untilVisible(run, meetingId, version));
            }
        }
        return latencyAt;
    }

    /** Milliseconds from now (just after the answer) until the minutes read model holds the version. */
    private static double untilVisible(Run run, String meetingId, long version) {
        long start = System.nanoTime();
        for (int attempt = 0; attempt < 12; attempt++) {
            var answer = Http.get(run.querySide() + "/api/meetings/" + meetingId + "/minutes?minVersion=" + version);
            if (answer.statusCode() == 200) {
                return (System.nanoTime() - start) / 1e6;
            }
        }
        return Double.NaN;
    }

    private static String idOf(Meetings.Command schedule) {
        int at = schedule.body().indexOf("\"meetingId\":\"") + "\"meetingId\":\"".length();
        return schedule.body().substring(at, schedule.body().indexOf('"', at));
    }
}
