package org.minutebook.reader;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of the corpus's fact language ({@code corpus/README.md}) as keyed facts: a person's attendance is keyed by
 * the name (so "present" read for an apology is wrong, not missed and invented), an item's fact by its item and
 * kind, the meeting's by the kind; values compare by their words.
 */
final class CorpusFactLines {

    private static final Pattern ITEM = Pattern.compile("^item ((?:\\[[^\\]]*\\]|[^\\s\\[])+)(?: ([a-z-]+))?:\\s?(.*)$");
    private static final Pattern MEETING = Pattern.compile("^([a-z-]+):\\s?(.*)$");
    private static final String PERSON = "person ";
    /** Titles a name is written with or without: never what tells two people apart. */
    private static final Set<String> TITLES = Set.of("councillor", "councillors", "cllr", "cllrs", "cr", "mr", "mrs",
            "ms", "miss", "dr", "alderman", "mayor", "deputy", "the", "his", "her", "worship", "lord", "chairman",
            "chairperson", "chair", "county", "rev", "sir", "dame", "prof");
    private static final Set<String> ATTENDANCE = Set.of("present", "apologies", "substitute", "officer", "guest",
            "late", "left", "earlier-absence");

    /**
     * The kinds of an item's fact the language has words for (corpus/README.md). The reader reads more (petitions,
     * questions, referrals, actions, the dates of future meetings, corrections of earlier minutes, whips); no page's
     * facts were written in those kinds, so a page's expectations can neither match nor deny them, and they are
     * listed apart rather than counted as invented.
     */
    private static final Set<String> ITEM_KINDS = Set.of("title", "no-interests", "interest", "minutes-confirmed",
            "no-matters-arising", "announcement", "no-questions", "no-urgent-items", "no-representations", "noted",
            "report", "deferred", "resolved", "lost", "moved", "seconded", "vote", "casting", "elected", "exempt",
            "cut-off");

    private CorpusFactLines() {
    }

    static List<FactScore.Fact> of(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(CorpusFactLines::fact).toList();
    }

    static FactScore.Fact fact(String line) {
        Matcher item = ITEM.matcher(line);
        if (item.matches()) {
            String kind = item.group(2) == null ? "title" : item.group(2);
            String value = item.group(3);
            if (kind.equals("resolved") || kind.equals("lost")) {
                value = words(value).replaceFirst("^that ", "");
            }
            return new FactScore.Fact("item|" + words(item.group(1)) + "|" + kind, words(value), line);
        }
        Matcher meeting = MEETING.matcher(line);
        if (!meeting.matches()) {
            throw new IllegalArgumentException("Not a fact line: " + line);
        }
        String kind = meeting.group(1);
        String value = meeting.group(2);
        if (ATTENDANCE.contains(kind)) {
            String name = value.replaceAll("\\s+(?:for|at)\\s.*$", "").replaceAll("\\s*\\(.*$", "");
            return new FactScore.Fact("person " + words(name), kind + " " + words(value), line);
        }
        String compared = kind.equals("venue") ? words(value).replaceFirst("^the ", "") : words(value);
        return new FactScore.Fact(kind, compared, line);
    }

    /** Whether the language has words for the fact's kind, so that a page's expectations say whether it is so. */
    static boolean written(FactScore.Fact fact) {
        String[] key = fact.key().split("\\|");
        return key.length != 3 || !key[0].equals("item") || ITEM_KINDS.contains(key[2]);
    }

    /**
     * A fact of "some item" ({@code item * kind}) accepts the same kind of fact on any item; a person's attendance
     * accepts the same person written otherwise ("Councillor J. Baskett" read as "J. Baskett (JB)"): a value read
     * otherwise is wrong, not a fact missed and another invented.
     */
    static boolean onSomeItem(FactScore.Fact expected, FactScore.Fact read) {
        String[] wanted = expected.key().split("\\|");
        String[] got = read.key().split("\\|");
        if (expected.key().startsWith(PERSON) && read.key().startsWith(PERSON)) {
            return samePerson(expected.key().substring(PERSON.length()), read.key().substring(PERSON.length()));
        }
        return wanted.length == 3 && wanted[0].equals("item") && wanted[1].equals("*") && got.length == 3
                && got[0].equals("item") && got[2].equals(wanted[2]);
    }

    /** The same surname, and every other word of the shorter name the same word or its initial in the longer. */
    private static boolean samePerson(String one, String other) {
        List<String> a = nameWords(one);
        List<String> b = nameWords(other);
        if (a.isEmpty() || b.isEmpty() || !a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        return shorter.subList(0, shorter.size() - 1).stream().allMatch(word -> longer.subList(0, longer.size() - 1)
                .stream().anyMatch(w -> w.equals(word) || w.length() == 1 && word.startsWith(w)
                        || word.length() == 1 && w.startsWith(word)));
    }

    private static List<String> nameWords(String name) {
        return java.util.Arrays.stream(name.split(" ")).filter(word -> !word.isEmpty() && !TITLES.contains(word))
                .toList();
    }

    /** Words only: case, accents of quotes, punctuation and spacing aside. */
    static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace("'", "");
        return plain.replaceAll("[^\\p{L}\\p{N}*]+", " ").strip();
    }
}
