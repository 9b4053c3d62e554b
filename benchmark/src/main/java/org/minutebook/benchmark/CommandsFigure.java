package org.minutebook.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Commands stored per second with 1, 8 and 32 concurrent HTTP clients, each recording whole realistic meetings
 * (one meeting at a time, its commands in order, as a clerk would). Baseline: the same number of JDBC
 * connections each inserting single rows, one transaction each, of the event store's average row size into a
 * table shaped like Axon's domainevententry, in the event store's own PostgreSQL. Closed loop: a client sends
 * its next command when the last is answered, so the figure is the capacity at that concurrency.
 */
final class CommandsFigure implements Figure {

    private static final String TABLE = "benchmark_raw_event";
    /** Issue 20: a command in about 5 ms at one client, three times the throughput under load. */
    private static final double TARGET_1_CLIENT = 0.02;
    private static final double TARGET_32_CLIENTS = 0.05;

    @Override
    public String name() {
        return "commands";
    }

    @Override
    public void measure(Run run) throws Exception {
        Settings s = run.settings;
        // Warm-up until the JIT has settled (WarmUp), the connection pools and caches with it, so that each client
        // count measures compiled code; its rule, length, rate and windows are in the details. Its meetings also give
        // the event store its typical rows for the baseline.
        run.results.detail("commands.warmUp", WarmUp.run(run, s.clients(), s.warmUpSeconds()));
        RowSize size = rowSize(run);
        createBaselineTable(run);
        rawRun(run, 8, 2, size);
        run.results.detail("commands.rowSize", size);

        Map<Integer, List<Double>> http = new LinkedHashMap<>();
        Map<Integer, List<Double>> raw = new LinkedHashMap<>();
        Map<String, Object> details = new LinkedHashMap<>();
        resetStatements(run);
        for (int rep = 0; rep < s.repetitions() && !run.pastDeadline(); rep++) {
            for (int clients : s.clients()) {
                Outcome outcome = httpRun(run, clients, s.commandSeconds(),
                        rep == 0 && clients == s.clients().get(s.clients().size() - 1));
                http.computeIfAbsent(clients, k -> new ArrayList<>()).add(outcome.perSecond());
                details.put("http-" + clients + "-rep" + rep, outcome);
                Outcome baseline = rawRun(run, clients, s.commandSeconds(), size);
                raw.computeIfAbsent(clients, k -> new ArrayList<>()).add(baseline.perSecond());
                details.put("raw-" + clients + "-rep" + rep, baseline);
            }
        }
        run.results.detail("commands.runs", details);
        run.results.detail("commands.statements", statements(run));
        for (int clients : s.clients()) {
            Summary value = Summary.of(http.getOrDefault(clients, List.of()));
            Summary baseline = Summary.of(raw.getOrDefault(clients, List.of()));
            if (value == null) {
                run.results.notMeasured(name(), metric(clients), target(clients), "the run reached its cap");
                continue;
            }
            double ratio = value.median() / baseline.median();
            Double wanted = clients == 32 ? Double.valueOf(TARGET_32_CLIENTS)
                    : clients == 1 ? Double.valueOf(TARGET_1_CLIENT) : null;
            run.results.add(new Results.Row(name(), metric(clients), "commands/s", value,
                    "raw JDBC inserts", baseline, ratio, target(clients), wanted == null ? null : Boolean.valueOf(ratio >= wanted), null));
        }
    }

    @Override
    public void notMeasured(Run run, String why) {
        for (int clients : run.settings.clients()) {
            run.results.notMeasured(name(), metric(clients), target(clients), why);
        }
    }

    private static String metric(int clients) {
        return "commands stored per second, " + clients + " client" + (clients == 1 ? "" : "s");
    }

    private static String target(int clients) {
        return clients == 32 ? "≥ 5 % of raw" : clients == 1 ? "≥ 2 % of raw" : null;
    }

    /**
     * A run's commands; for the service's runs also the CPU milliseconds each process spent a command accepted,
     * read around the clients' run alone (the figure's CPU seconds also hold the baseline's inserts, which the
     * benchmark's own JVM and PostgreSQL do, so they overstate the load generator's and PostgreSQL's share); and
     * the share of that CPU the three JVMs' compilers took, which says whether the run measured compiled code
     * (with the CPU seconds it is the share of, so that shares of several runs can be added up).
     */
    record Outcome(int clients, long ok, long refused, double seconds, long eventsStored, double perSecond,
                   Map<String, Double> cpuMillisPerCommand, Double compileShare, double compilerSeconds,
                   double cpuSeconds) {
    }

    record RowSize(int payloadBytes, int metadataBytes, String payloadType) {
    }

    /** Each client records whole new meetings, command after command, until the time is up. */
    static Outcome httpRun(Run run, int clients, int seconds, boolean dumpHalfway) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long eventsBefore = eventCount(run);
        double compilersBefore = WarmUp.compilerSeconds(run);
        Map<String, Double> cpuBefore = run.cpu.now();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    for (Meetings.Command command : run.newMeeting("c")) {
                        if (System.nanoTime() >= end) {
                            return;
                        }
                        Http.Answer answer = Http.command(command.method(), run.commandSide() + command.path(),
                                command.body(), false);
                        (answer.accepted() ? ok : refused).incrementAndGet();
                    }
                }
            }, "commands-client-" + c);
            threads.add(thread);
            thread.start();
        }
        if (dumpHalfway) {
            // Where the command side's time goes at the highest concurrency, for the analysis.
            Run.sleep(seconds * 500L);
            run.threadDump("commands-" + clients + "-clients", run.stack.commandSide);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Double> used = CpuTimes.between(cpuBefore, run.cpu.now());
        double compilers = WarmUp.compilerSeconds(run) - compilersBefore;
        double cpu = used.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> perCommand = new LinkedHashMap<>();
        used.forEach((process, cpuSeconds) ->
                perCommand.put(process, ok.get() == 0 ? null : Math.round(cpuSeconds * 1e6 / ok.get()) / 1e3));
        return new Outcome(clients, ok.get(), refused.get(), elapsed, eventCount(run) - eventsBefore,
                ok.get() / elapsed, perCommand, cpu == 0 ? null : Math.round(compilers / cpu * 1000) / 1000.0,
                compilers, cpu);
    }

    private static void resetStatements(Run run) throws Exception {
        try (Connection connection = run.stack.eventStore(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Where PostgreSQL spent its time during the figure (the baseline's inserts included): the top statements. */
    private static List<Map<String, Object>> statements(Run run) throws Exception {
        List<Map<String, Object>> top = new ArrayList<>();
        try (Connection connection = run.stack.eventStore(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT calls, total_exec_time, rows, left(query, 300)"
                     + " FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25")) {
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("calls", rows.getLong(1));
                row.put("totalMs", Math.round(rows.getDouble(2)));
                row.put("rows", rows.getLong(3));
                row.put("query", rows.getString(4));
                top.add(row);
            }
        }
        return top;
    }

    /**
     * The raw baseline: single-row inserts, autocommit, one connection per client. Its rows, and the dirty pages
     * and log they leave, are cleared after it (a million rows a run), so the service's next run does not pay for
     * the baseline's writes with a checkpoint, nor the next baseline for a table grown by the last.
     */
    private static Outcome rawRun(Run run, int clients, int seconds, RowSize size) throws Exception {
        try {
            return rawInserts(run, clients, seconds, size);
        } finally {
            try (Connection connection = run.stack.eventStore(); Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE " + TABLE);
                statement.execute("CHECKPOINT");
            }
        }
    }

    private static Outcome rawInserts(Run run, int clients, int seconds, RowSize size) throws Exception {
        AtomicLong ok = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                byte[] payload = new byte[size.payloadBytes()];
                byte[] metadata = new byte[size.metadataBytes()];
                ThreadLocalRandom.current().nextBytes(payload);
                ThreadLocalRandom.current().nextBytes(metadata);
                String aggregate = "raw-" + UUID.randomUUID();
                try (Connection connection = run.stack.eventStore();
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                             + " (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
                             + " payloadrevision, payloadtype, timestamp) VALUES (?, ?, 'Meeting', ?, ?, ?, '1', ?, ?)")) {
                    connection.setAutoCommit(true);
                    for (long seq = 0; System.nanoTime() < end; seq++) {
                        insert.setString(1, aggregate);
                        insert.setLong(2, seq);
                        insert.setString(3, UUID.randomUUID().toString());
                        insert.setBytes(4, metadata);
                        insert.setBytes(5, payload);
                        insert.setString(6, size.payloadType());
                        insert.setString(7, java.time.Instant.now().toString());
                        insert.executeUpdate();
                        ok.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "raw-insert-" + client);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Outcome(clients, ok.get(), 0, elapsed, ok.get(), ok.get() / elapsed, null, null, 0, 0);
    }

    private static long eventCount(Run run) throws Exception {
        try (Connection connection = run.stack.eventStore(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The event store's average row, so the baseline writes as many bytes per row as the service does. */
    private static RowSize rowSize(Run run) throws Exception {
        try (Connection connection = run.stack.eventStore(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT avg(octet_length(payload)), avg(octet_length(metadata)),"
                     + " max(payloadtype) FROM domainevententry")) {
            row.next();
            return new RowSize((int) Math.round(row.getDouble(1)), (int) Math.round(row.getDouble(2)), row.getString(3));
        }
    }

    /** Shaped like domainevententry (same columns, keys and unique indexes), with its own sequence. */
    private static void createBaselineTable(Run run) throws Exception {
        try (Connection connection = run.stack.eventStore(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                    + " globalindex BIGSERIAL NOT NULL, aggregateidentifier VARCHAR(255) NOT NULL,"
                    + " sequencenumber BIGINT NOT NULL, type VARCHAR(255), eventidentifier VARCHAR(255) NOT NULL,"
                    + " metadata BYTEA, payload BYTEA NOT NULL, payloadrevision VARCHAR(255),"
                    + " payloadtype VARCHAR(255) NOT NULL, timestamp VARCHAR(255) NOT NULL,"
                    + " PRIMARY KEY (globalindex), UNIQUE (aggregateidentifier, sequencenumber),"
                    + " UNIQUE (eventidentifier))");
        }
    }
}
