package org.minutebook.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every size of a run, from {@code --name=value} options; {@code --quick} picks small sizes for a smoke run.
 * All sizes are written into the results, so a figure is never read without the load that produced it.
 */
record Settings(boolean quick, int repetitions, List<Integer> clients, int commandSeconds, int warmUpSeconds,
                int growthEvents,
                int growthRepetitions,
                int freshnessRate, int freshnessSeconds, int queryMeetings, int queryRate, int querySeconds,
                int replayEvents, int replayRepetitions, int maxMinutes, List<String> figures, String mongo,
                String stackJavaOptions,
                Map<String, String> serviceEnvironment, Path fixtures, Path workDir, Path performanceDoc) {

    static final String USAGE = """
            ./run-benchmark [--quick] [--name=value ...]
              --repetitions=N         runs of each figure (median and spread); quick 1, full 3
              --clients=1,8,32        concurrent HTTP clients of the commands figure
              --command-seconds=S     length of each commands run; quick 4, full 15
              --warm-up-seconds=S     the commands figure warms until the JIT has settled, at most S; quick 60, full 300
              --growth-events=N       events of the one growing meeting; quick 500, full 2000
              --growth-repetitions=N  meetings grown (default: --repetitions)
              --freshness-rate=R      commands a second of the freshness figure (200)
              --freshness-seconds=S   quick 5, full 30
              --query-meetings=N      meetings in the read models for the queries figure; quick 200, full 10000
              --query-rate=R          requests a second of each query (500)
              --query-seconds=S       quick 4, full 15
              --replay-events=N       events on the topic for the replay figure; quick 20000, full 1000000
              --replay-repetitions=N  rebuilds; quick 1, full 1
              --max-minutes=M         figures that would start after M minutes are reported as not measured (30)
              --figures=a,b           only these figures (commands, growth, freshness, queries, publication,
                                      replay), to look into one; all by default
              --mongo=file|memory     the MongoDB-wire server's backend: file (H2, as ./run) or memory (as the tests)
              --stack-java-options=.. JVM options of the local-stack process (-Xmx512m -XX:+UseParallelGC, as ./run)
              --service-env=K=V       an extra environment variable for both services (repeatable), e.g.
                                      --service-env=AXON_TIMEOUT_ENABLED=false to try a setting
            Sign-in: the services' built-in users get passwords generated for the run; commands are sent as clerk,
            rebuilds as operator (HTTP Basic).""";

    static Settings parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> serviceEnvironment = new LinkedHashMap<>();
        boolean quick = false;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                quick = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            } else if (arg.startsWith("--service-env=")) {
                String pair = arg.substring("--service-env=".length());
                int eq = pair.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("--service-env needs KEY=VALUE: " + arg);
                }
                serviceEnvironment.put(pair.substring(0, eq), pair.substring(eq + 1));
            } else if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("Unknown argument " + arg + "\n" + USAGE);
            }
        }
        boolean q = quick;
        Options o = new Options(options);
        int repetitions = o.integer("repetitions", q ? 1 : 3);
        Settings settings = new Settings(q,
                repetitions,
                Arrays.stream(o.text("clients", "1,8,32").split(",")).map(String::trim).map(Integer::parseInt).toList(),
                o.integer("command-seconds", q ? 4 : 15),
                o.integer("warm-up-seconds", q ? 60 : 300),
                o.integer("growth-events", q ? 500 : 2000),
                o.integer("growth-repetitions", repetitions),
                o.integer("freshness-rate", 200),
                o.integer("freshness-seconds", q ? 5 : 30),
                o.integer("query-meetings", q ? 200 : 10_000),
                o.integer("query-rate", 500),
                o.integer("query-seconds", q ? 4 : 15),
                o.integer("replay-events", q ? 20_000 : 1_000_000),
                o.integer("replay-repetitions", 1),
                o.integer("max-minutes", 30),
                Arrays.stream(o.text("figures", "commands,growth,freshness,queries,publication,replay").split(","))
                        .map(String::trim).toList(),
                o.text("mongo", "file"),
                o.text("stack-java-options", "-Xmx512m -XX:+UseParallelGC"),
                Map.copyOf(serviceEnvironment),
                Path.of(o.text("fixtures", "system-tests/src/test/resources/minutes")),
                Path.of(o.text("work-dir", "benchmark/target/benchmark-data")),
                Path.of(o.text("performance-doc", "docs/performance.md")));
        o.rejectUnused();
        return settings;
    }

    private static final class Options {
        private final Map<String, String> values;
        private final java.util.Set<String> used = new java.util.HashSet<>();

        Options(Map<String, String> values) {
            this.values = values;
        }

        String text(String name, String fallback) {
            used.add(name);
            return values.getOrDefault(name, fallback);
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(text(name, Integer.toString(fallback)));
        }

        void rejectUnused() {
            for (String name : values.keySet()) {
                if (!used.contains(name)) {
                    throw new IllegalArgumentException("Unknown option --" + name + "\n" + USAGE);
                }
            }
        }
    }
}
