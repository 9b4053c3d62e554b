package org.minutebook.benchmark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's shared runner: starts the system under test, sets up the committee, runs each figure in turn
 * (a figure that fails or would start after the time cap is reported as not measured, the others still run),
 * and writes the results. Per figure it also records the CPU seconds each process used ({@link CpuTimes}), and
 * fails the figure when a service's log shows an OutOfMemoryError or a refused connection meanwhile
 * ({@link LogWatch}). {@code java -jar benchmark.jar stack ...} is the local stack's own process instead.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("stack")) {
            StackMain.run(args);
            return;
        }
        Settings settings = Settings.parse(args);
        Path target = Path.of("benchmark/target");
        Instant startedAt = Instant.now();
        Results results = new Results(settings);
        Meetings meetings = Meetings.load(settings.fixtures());
        List<Figure> figures = java.util.stream.Stream.of(new CommandsFigure(), new GrowthFigure(),
                        new FreshnessFigure(), new QueriesFigure(), new PublicationFigure(), new ReplayFigure())
                .filter(figure -> settings.figures().contains(figure.name())).toList();
        // The run's length up front: at the defaults it is most of the cap (performance.md, "Running the benchmark").
        System.out.printf("At most %d minutes (--max-minutes): a figure that would start after %s is not measured;"
                        + " the commands figure warms for at most %d s.%n", settings.maxMinutes(),
                startedAt.plus(java.time.Duration.ofMinutes(settings.maxMinutes()))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS), settings.warmUpSeconds());
        System.out.println("Starting the local stack and both services ...");
        try (Stack stack = Stack.start(settings); Memory memory = new Memory(stack)) {
            System.out.println("Running; logs and thread dumps in " + stack.dir);
            Run run = new Run(settings, stack, results, meetings, memory, startedAt);
            CpuTimes cpu = run.cpu;
            LogWatch logs = new LogWatch(stack);
            for (Meetings.Command command : meetings.committeeSetup()) {
                Meetings.record(run.commandSide(), command);
            }
            for (Figure figure : figures) {
                memory.phase(figure.name());
                if (run.pastDeadline()) {
                    figure.notMeasured(run, "the run reached its cap of " + settings.maxMinutes() + " minutes");
                    continue;
                }
                System.out.println(figure.name() + " ...");
                run.settle();
                Map<String, Double> cpuBefore = cpu.now();
                long began = System.nanoTime();
                int rowsBefore = results.rowCount();
                logs.mark();
                try {
                    figure.measure(run);
                } catch (Exception | AssertionError e) {
                    e.printStackTrace();
                    figure.notMeasured(run, "failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                }
                results.cpu(figure.name(), (System.nanoTime() - began) / 1e9, CpuTimes.between(cpuBefore, cpu.now()));
                List<String> failures = logs.failures();
                if (!failures.isEmpty()) {
                    results.failed(figure.name(), rowsBefore, failures);
                }
                // Written after every figure, so a run stopped half-way still leaves what it measured.
                results.write(target.resolve("results.json"), target.resolve("results.md"), settings.performanceDoc());
            }
            results.detail("memoryPeaksMiBByPhase", memory.all());
        } finally {
            results.write(target.resolve("results.json"), target.resolve("results.md"), settings.performanceDoc());
            System.out.println("Results: " + target.resolve("results.json") + ", " + target.resolve("results.md")
                    + " and " + settings.performanceDoc());
        }
    }
}
