package org.minutebook.benchmark;

/** One figure of the benchmark: measures itself, or says why it was not measured. */
interface Figure {

    String name();

    void measure(Run run) throws Exception;

    /** Adds the figure's rows without values, naming the reason (time cap, a failure). */
    void notMeasured(Run run, String why);
}
