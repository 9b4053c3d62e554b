package org.minutebook.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The commands figure's warm-up, by a rule rather than a length: a benchmark of a long-running service reports its
 * steady state (JMH warms until stable), and on two cores the three JVMs' just-in-time compilers took half of each
 * service's CPU for minutes after a start (performance.md), so a fixed minute measured the compilers as much as
 * the path. The clients record meetings in windows of {@link #WINDOW_SECONDS} until, over a whole round of windows,
 * the compiler threads of the command side, the query side and the local stack's JVM used less than
 * {@link #SETTLED_SHARE} of the CPU every process of the run used, or until the cap (then the figure says it was
 * not settled); whole rounds of whole windows only, since a short one would judge the compilers on a few commands.
 * A round is one window at each of the figure's client counts, in turn, the most first: warmed at 32 clients alone, the compilers
 * still took a quarter of the CPU in the one-client run after it and a fifth in the next (session 7's idle full run:
 * 25 and 21 %, 107 and 177 commands a second, against 9 % and 319 a second in the third), since one clerk's
 * commands take paths many do not (a processor's batch of one command, an idle pool's wake-up) and the profiles the
 * compilers built at 32 clients are not those of one.
 */
final class WarmUp {

    static final int WINDOW_SECONDS = 15;
    static final double SETTLED_SHARE = 0.05;

    /** One window: its clients, rate, the share of the run's CPU the compilers took in it, each process's CPU a command. */
    record Window(int clients, double seconds, double commandsPerSecond, double compileShare,
                  Map<String, Double> cpuMillisPerCommand) {
    }

    record Outcome(List<Integer> clients, double seconds, long ok, double perSecond, boolean settled, int capSeconds,
                   double settledShare, List<Window> windows) {
    }

    static Outcome run(Run run, List<Integer> figureClients, int capSeconds) throws Exception {
        // the most clients first: a cold service does the most commands there, and one clerk's paths last, just
        // before the figure's first run, which is of the fewest
        List<Integer> clientCounts = figureClients.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        List<Window> windows = new ArrayList<>();
        long ok = 0;
        double seconds = 0;
        boolean settled = false;
        // whole rounds only, at least one, none begun that would end past the cap
        double roundSeconds = clientCounts.size() * WINDOW_SECONDS;
        while (!settled && (windows.isEmpty() || seconds + roundSeconds <= capSeconds + 1)) {
            double compilers = 0;
            double cpu = 0;
            for (int clients : clientCounts) {
                CommandsFigure.Outcome window = CommandsFigure.httpRun(run, clients, WINDOW_SECONDS, false);
                double share = window.compileShare() == null ? 1 : window.compileShare();
                windows.add(new Window(clients, round(window.seconds()), round(window.perSecond()), share,
                        window.cpuMillisPerCommand()));
                compilers += window.compilerSeconds();
                cpu += window.cpuSeconds();
                ok += window.ok();
                seconds += window.seconds();
                System.out.printf("  warm-up %3.0f s: %d client%s, %.0f commands/s, the compilers %.1f %% of the CPU%n",
                        seconds, clients, clients == 1 ? "" : "s", window.perSecond(), share * 100);
            }
            settled = cpu > 0 && compilers / cpu < SETTLED_SHARE;
        }
        System.out.printf("  warm-up %s after %.0f s at %s clients in turn%n",
                settled ? "settled" : "NOT settled (cap reached)", seconds, clientCounts);
        return new Outcome(clientCounts, round(seconds), ok, round(ok / seconds), settled, capSeconds,
                SETTLED_SHARE, windows);
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
