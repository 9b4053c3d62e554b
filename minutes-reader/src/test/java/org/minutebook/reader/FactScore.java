package org.minutebook.reader;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A page's facts as a clerk wrote them against those the reader read, each fact a key (what it is about: "the
 * meeting's date", "item 28's resolution", "Councillor Cole's attendance") and a value. A fact of both with the same
 * key and value is matched; the same key with another value is wrong; a key only the clerk wrote is missed; a key
 * only the reader has is invented — a value the page does not state there. The score is matched ÷ all four.
 */
record FactScore(List<Fact> matched, List<Fact> missed, List<Pair> wrong, List<Fact> invented) {

    /** One fact: what it is about, its value compared by words, and the line as written. */
    record Fact(String key, String value, String line) {
    }

    /** A fact the clerk wrote and the reader's different value for it. */
    record Pair(Fact expected, Fact read) {
    }

    /**
     * Compares exactly by key first; then an expected fact whose key {@code loosely} accepts a read fact's (a fact
     * of "some item" of the page, the same person written otherwise) takes one with its value, or else counts the
     * first with its key, or failing that the first it loosely accepts, as wrong.
     */
    static FactScore of(List<Fact> expected, List<Fact> read, BiPredicate<Fact, Fact> loosely) {
        List<Fact> unread = new ArrayList<>(read);
        List<Fact> matched = new ArrayList<>();
        List<Fact> unmatched = new ArrayList<>();
        for (Fact fact : expected) {
            Fact same = take(unread, candidate -> candidate.key().equals(fact.key())
                    && candidate.value().equals(fact.value()));
            if (same != null) {
                matched.add(fact);
            } else {
                unmatched.add(fact);
            }
        }
        for (Iterator<Fact> facts = unmatched.iterator(); facts.hasNext(); ) {
            Fact fact = facts.next();
            Fact same = take(unread, candidate -> loosely.test(fact, candidate)
                    && candidate.value().equals(fact.value()));
            if (same != null) {
                matched.add(fact);
                facts.remove();
            }
        }
        List<Pair> wrong = new ArrayList<>();
        List<Fact> missed = new ArrayList<>();
        for (Fact fact : unmatched) {
            Fact other = take(unread, candidate -> candidate.key().equals(fact.key()));
            if (other == null) {
                other = take(unread, candidate -> loosely.test(fact, candidate));
            }
            if (other != null) {
                wrong.add(new Pair(fact, other));
            } else {
                missed.add(fact);
            }
        }
        return new FactScore(matched, missed, wrong, unread);
    }

    private static Fact take(List<Fact> facts, java.util.function.Predicate<Fact> test) {
        for (Iterator<Fact> it = facts.iterator(); it.hasNext(); ) {
            Fact fact = it.next();
            if (test.test(fact)) {
                it.remove();
                return fact;
            }
        }
        return null;
    }

    int all() {
        return matched.size() + missed.size() + wrong.size() + invented.size();
    }

    double score() {
        return all() == 0 ? 1 : (double) matched.size() / all();
    }

    String details(String page) {
        StringBuilder text = new StringBuilder(String.format("%s: %d of %d (%.1f %%), %d missed, %d wrong, %d invented%n",
                page, matched.size(), all(), 100 * score(), missed.size(), wrong.size(), invented.size()));
        missed.forEach(fact -> text.append("  missed:   ").append(fact.line()).append('\n'));
        wrong.forEach(pair -> text.append("  wrong:    ").append(pair.expected().line()).append("\n      read: ")
                .append(pair.read().line()).append('\n'));
        invented.forEach(fact -> text.append("  invented: ").append(fact.line()).append('\n'));
        return text.toString();
    }
}
