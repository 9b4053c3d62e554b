package org.minutebook.benchmark;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;

/** A figure over several runs: the median, and the spread as the lowest and highest run. */
record Summary(double median, double min, double max, List<Double> runs) {

    static Summary of(List<Double> runs) {
        if (runs.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(runs);
        sorted.sort(Double::compare);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Summary(median, sorted.get(0), sorted.get(n - 1), List.copyOf(runs));
    }

    /** Latencies in microseconds, from 1 µs to 2 minutes, 3 significant digits. */
    static Histogram histogram() {
        return new Histogram(1, 120_000_000L, 3);
    }

    /** A percentile of a histogram of microseconds, in milliseconds. */
    static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    static double maxMillis(Histogram histogram) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }
}
