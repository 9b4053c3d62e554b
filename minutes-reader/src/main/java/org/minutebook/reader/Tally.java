package org.minutebook.reader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vote counted as minutes print it, its counts in any order and either way round: "For 7, Against 3, Abstain 1",
 * "Votes: Against 2, For 5", "Abstain 1, Against 3, For 7", "4 in favour, 4 against", "In favour: 9; Against: 2;
 * Abstentions: 0", "by 9 votes to 3, with 2 abstentions", and as Australian councils print the count after the word,
 * "CARRIED 7/0", "CARRIED: 5/2" (for, then against); "10 voting for and 4 against"; "The motion was carried by 7 votes
 * to 5" alone on its line is a tally and nothing more. A count is a tally only beside another of a different kind, parted by no more than punctuation
 * or "and"/"with": "voted for 3 items" counts nothing.
 */
final class Tally {

    /** Which way the members counted voted. */
    enum Way { FOR, AGAINST, ABSTAINED }

    private static final String WORDS = DecisionReading.Numbers.WORDS;
    private static final String WAY = "(?:votes?\\s+|voting\\s+)?(?:for|in favour|against|abstain(?:ed|ing|s)?|abstentions?)";
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(?:(?<way>" + WAY + ")\\s*[:=]?\\s*(?<n>\\d{1,3}|"
            + WORDS + ")(?!\\s*(?:%|per|\\.\\d|/))\\b|(?<m>\\d{1,3}|" + WORDS + ")\\s+(?<way2>" + WAY + ")\\b)");
    /** What may stand between two counts of one tally. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)^(?:\\s+of the \\w+)?[\\s,;:.()]*"
            + "(?:(?:and|with)\\s*)?(?:votes?\\s*)?$");

    private final Map<Way, Integer> counts;

    private Tally(Map<Way, Integer> counts) {
        this.counts = counts;
    }

    /** "carried by 9 votes to 3, with 2 abstentions": the votes for, then against. */
    private static final Pattern VOTES_TO = Pattern.compile("(?i)\\b(?<for>\\d{1,3}|" + WORDS + ")\\s+votes?\\s+to\\s+"
            + "(?<against>\\d{1,3}|" + WORDS + ")\\b(?:,?\\s+(?:with\\s+)?(?<abstain>\\d{1,3}|" + WORDS
            + ")\\s+abstentions?)?");

    /** "CARRIED 7/0", "LOST: 3/4", "Carried 6-3", "on a vote of 5 to 4": for, then against; never a date ("27/07/11"). */
    private static final Pattern CARRIED_COUNT = Pattern.compile("(?i)\\b(?:carried|lost|defeated|on a vote of)\\s*:?\\s*"
            + "\\(?(?<for>\\d{1,3})\\s*(?:/|-|–|\\bto\\b)\\s*(?<against>\\d{1,3})\\b(?!\\s*[/-])\\)?");

    /** The first tally in the text, or null when it counts no vote both for and against. */
    static Tally in(String text) {
        Matcher carried = CARRIED_COUNT.matcher(text);
        if (carried.find()) {
            Map<Way, Integer> counts = new EnumMap<>(Way.class);
            counts.put(Way.FOR, Integer.valueOf(carried.group("for")));
            counts.put(Way.AGAINST, Integer.valueOf(carried.group("against")));
            return new Tally(counts);
        }
        Matcher votesTo = VOTES_TO.matcher(text);
        if (votesTo.find()) {
            Map<Way, Integer> counts = new EnumMap<>(Way.class);
            counts.put(Way.FOR, DecisionReading.Numbers.of(votesTo.group("for")));
            counts.put(Way.AGAINST, DecisionReading.Numbers.of(votesTo.group("against")));
            if (votesTo.group("abstain") != null) {
                counts.put(Way.ABSTAINED, DecisionReading.Numbers.of(votesTo.group("abstain")));
            }
            return new Tally(counts);
        }
        return counted(text);
    }

    private static Tally counted(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Way> ways = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Matcher m = COUNT.matcher(text); m.find(); ) {
            String way = m.group("way") != null ? m.group("way") : m.group("way2");
            String number = m.group("n") != null ? m.group("n") : m.group("m");
            spans.add(new int[]{m.start(), m.end()});
            ways.add(way(way));
            numbers.add(DecisionReading.Numbers.of(number));
        }
        for (int start = 0; start < spans.size(); start++) {
            Map<Way, Integer> counts = new EnumMap<>(Way.class);
            counts.put(ways.get(start), numbers.get(start));
            for (int next = start + 1; next < spans.size() && !counts.containsKey(ways.get(next))
                    && BETWEEN.matcher(text.substring(spans.get(next - 1)[1], spans.get(next)[0])).matches(); next++) {
                counts.put(ways.get(next), numbers.get(next));
            }
            if (counts.containsKey(Way.FOR) && counts.containsKey(Way.AGAINST)) {
                return new Tally(counts);
            }
        }
        return null;
    }

    /** Whether the text is a tally and nothing more ("Votes: Against 2, For 5."), a line a decision ends on. */
    static boolean alone(String text) {
        String uncounted = VOTES_TO.matcher(CARRIED_COUNT.matcher(text).replaceAll("")).replaceAll("");
        return in(text) != null && COUNT.matcher(uncounted).replaceAll("")
                .replaceAll("(?i)\\b(?:votes?|voting|the|vote|was|were|taken|recorded|as follows|and|with|carried|lost|"
                        + "motion|amendment|proposal|by)\\b", "")
                .replaceAll("[\\s,;:.()–-]", "").isEmpty();
    }

    Integer votesFor() {
        return counts.get(Way.FOR);
    }

    Integer against() {
        return counts.get(Way.AGAINST);
    }

    Integer abstentions() {
        return counts.get(Way.ABSTAINED);
    }

    private static Way way(String written) {
        String w = written.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:votes?|voting)\\s+", "");
        return w.startsWith("against") ? Way.AGAINST : w.startsWith("abst") ? Way.ABSTAINED : Way.FOR;
    }
}
