package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts a clerk found on a page against those the importer read: which match, which the importer missed,
 * and which it read that the clerk did not find (a fact read wrongly counts as both). The score is the share of
 * matches among all three, so neither missing nor inventing goes unnoticed.
 */
record FactComparison(List<String> matched, List<String> missed, List<String> unexpected) {

    static FactComparison of(List<String> expected, List<String> read) {
        List<String> unmatched = new ArrayList<>(read);
        List<String> matched = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String fact : expected) {
            if (unmatched.remove(fact)) {
                matched.add(fact);
            } else {
                missed.add(fact);
            }
        }
        return new FactComparison(matched, missed, unmatched);
    }

    double score() {
        int all = matched.size() + missed.size() + unexpected.size();
        return all == 0 ? 1 : (double) matched.size() / all;
    }

    String report(String page) {
        StringBuilder report = new StringBuilder(String.format("%s: %d of %d facts match (%.1f %%)%n", page,
                matched.size(), matched.size() + missed.size() + unexpected.size(), 100 * score()));
        missed.forEach(fact -> report.append("  the clerk found, the importer did not: ").append(fact).append('\n'));
        unexpected.forEach(fact -> report.append("  the importer read, the clerk did not: ").append(fact)
                .append('\n'));
        return report.toString();
    }
}
