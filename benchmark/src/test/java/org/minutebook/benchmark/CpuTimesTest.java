package org.minutebook.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up stops when the JVMs' compilers have settled, so it must read their CPU apart from the rest: this
 * test's own JVM has compiled the code that ran it, its compilers' CPU is some of the process's and not all of it,
 * it only grows, and a process that has ended reads as nothing rather than failing the figure.
 */
class CpuTimesTest {

    @Test
    void aJvmsCompilersAreReadApartFromTheRestOfItsCpu() {
        long self = ProcessHandle.current().pid();
        double before = CpuTimes.ofCompilerThreads(self);
        long sum = 0;
        for (int round = 0; round < 2_000_000; round++) {
            sum += Long.toString(round).hashCode();
        }

        double after = CpuTimes.ofCompilerThreads(self);

        assertThat(sum).isNotZero();
        assertThat(after).isPositive().isGreaterThanOrEqualTo(before).isLessThan(CpuTimes.ofProcess(self));
    }

    @Test
    void aProcessThatHasEndedHasNoCompilersToRead() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();

        assertThat(CpuTimes.ofCompilerThreads(ended.pid())).isZero();
    }
}
