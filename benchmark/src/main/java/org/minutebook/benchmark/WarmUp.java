package org.minutebook.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The commands figure's warm-up, by a rule rather than a length: a benchmark of a long-running service reports its
 * steady state (JMH warms until stable), and on two cores the three JVMs' just-in-time compilers took half of each
 * service's CPU for minutes after a start (performance.md), so a fixed minute measured the compilers as much as
 * the path. The clients record meetings in windows of {@link #WINDOW_SECONDS} until, over one window, the compiler
 * threads of the command side, the query side and the local stack's JVM used less than {@link #SETTLED_SHARE} of
 * the CPU every process of the run used, or until the cap (then the figure says it was not settled); whole windows
 * only, since a short one would judge the compilers on a few commands.
 * It warms with the figure's highest client count: the same commands as every run, and the most of them a second,
 * so the compilers see each hot path soonest, the contended paths of many clients included.
 */
final class WarmUp {

    static final int WINDOW_SECONDS = 15;
    static final double SETTLED_SHARE = 0.05;

    /** One window: its rate, the share of the run's CPU the compilers took in it, each process's CPU a command. */
    record Window(double seconds, double commandsPerSecond, double compileShare,
                  Map<String, Double> cpuMillisPerCommand) {
    }

    record Outcome(int clients, double seconds, long ok, double perSecond, boolean settled, int capSeconds,
                   double settledShare, List<Window> windows) {
    }

    static Outcome run(Run run, int clients, int capSeconds) throws Exception {
        List<Window> windows = new ArrayList<>();
        long ok = 0;
        double seconds = 0;
        boolean settled = false;
        while (!settled && seconds < capSeconds) {
            CommandsFigure.Outcome window = CommandsFigure.httpRun(run, clients, WINDOW_SECONDS, false);
            double share = window.compileShare() == null ? 1 : window.compileShare();
            windows.add(new Window(round(window.seconds()), round(window.perSecond()), share,
                    window.cpuMillisPerCommand()));
            ok += window.ok();
            seconds += window.seconds();
            settled = share < SETTLED_SHARE;
            System.out.printf("  warm-up %3.0f s: %.0f commands/s, the compilers %.1f %% of the CPU%n",
                    seconds, window.perSecond(), share * 100);
        }
        System.out.printf("  warm-up %s after %.0f s at %d clients%n",
                settled ? "settled" : "NOT settled (cap reached)", seconds, clients);
        return new Outcome(clients, round(seconds), ok, round(ok / seconds), settled, capSeconds, SETTLED_SHARE,
                windows);
    }

    /** The compiler threads' CPU seconds so far in the three JVMs the figure runs. */
    static double compilerSeconds(Run run) {
        return CpuTimes.ofCompilerThreads(run.stack.commandSide.pid())
                + CpuTimes.ofCompilerThreads(run.stack.querySide.pid())
                + CpuTimes.ofCompilerThreads(run.stack.stackPid());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
