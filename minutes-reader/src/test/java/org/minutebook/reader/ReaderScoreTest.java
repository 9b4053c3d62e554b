package org.minutebook.reader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well the reader reads minutes, in three tables: the five seed pages it was first written from, the corpus's
 * tuning pages, and its test pages, which the reader is never tuned on (pages of 69 bodies, their facts written by
 * hand before the reader ever ran on them: {@code corpus/README.md}). Each row is a page: facts matched, missed, wrong
 * and invented (a value the page does not state there). The tables go to the console and to
 * {@code target/reader-score.md}, every missed, wrong and invented fact to {@code target/reader-score-details.txt}.
 * {@code ./score-reader} runs this test alone.
 *
 * <p>The targets are ≥ 97 % on the seeds, ≥ 90 % on the tuning pages, ≥ 85 % on the test pages and nothing
 * invented. The seeds meet theirs; the corpus does not yet, so the tables say which targets are unmet, and the tests
 * hold what is reached as a floor (a change that reads worse, or invents more, fails) until they are.
 */
class ReaderScoreTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final List<String> SEEDS = List.of("000_57856f9b823160e1", "001_1dba6daaabc94b71",
            "002_badff10682084d70", "003_7e16a4421008c2b1", "004_cfd6ab707287b23f");
    private static final Pattern SET = Pattern.compile("(?m)^# set: (\\w+)$");
    private static final double SEEDS_TARGET = 0.97;
    private static final double TUNING_TARGET = 0.90;
    private static final double TEST_TARGET = 0.85;
    /**
     * Reached so far, and held: the targets above are not met yet (docs/imports.md). The floors are of the 109 pages'
     * sets (the tuning set with the eighteen pages of sessions 7's and 8's fresh checks, c92–c109, which read between
     * 16.7 % and 67.2 % before any rule was written for them); the ceilings count the values invented on each set (on
     * the tuning set, 9: 2 on the 79 pages before session 8's attendance round — an officer named only in a minute's
     * words, and the Mayor read as a guest from the sentence in which he welcomed the meeting — and 7 on its six
     * fresh pages: 3 facts on items the layout numbers otherwise or not at all, a council taken from a forum's name, a
     * forename the page parts from its surname by a comma, and the mover and seconder of a nomination that lost, which
     * the page states and its facts leave out).
     */
    private static final double TUNING_FLOOR = 0.741;
    private static final double TEST_FLOOR = 0.567;
    private static final int TUNING_INVENTED_CEILING = 9;
    private static final int TEST_INVENTED_CEILING = 20;

    private static final Map<String, FactScore> SEED_SCORES = new LinkedHashMap<>();
    private static final Map<String, FactScore> TUNING = new LinkedHashMap<>();
    private static final Map<String, FactScore> TEST = new LinkedHashMap<>();
    /** Facts read of kinds the corpus's language has no words for: neither matched nor invented, only listed. */
    private static final Map<String, List<FactScore.Fact>> UNWRITTEN = new LinkedHashMap<>();

    @BeforeAll
    static void scoreEveryPage() throws IOException {
        for (String seed : SEEDS) {
            SEED_SCORES.put(seed, seed(seed));
        }
        try (Stream<Path> expected = Files.list(RESOURCES.resolve("corpus/expected"))) {
            for (Path facts : expected.sorted().toList()) {
                String page = facts.getFileName().toString().replace(".facts", "");
                String written = Files.readString(facts, StandardCharsets.UTF_8);
                Matcher set = SET.matcher(written);
                assertThat(set.find()).as(page + " says which set it is in").isTrue();
                (set.group(1).equals("test") ? TEST : TUNING).put(page, corpus(page, written));
            }
        }
        String tables = table("The five seed pages", SEED_SCORES) + table("Tuning pages", TUNING)
                + table("Test pages (never tuned on)", TEST) + targets();
        System.out.println(tables);
        StringBuilder details = new StringBuilder();
        // The test pages' details are never written: a reader tuned on what it misses there would not be tested.
        Stream.of(SEED_SCORES, TUNING).forEach(scores -> scores.forEach((page, score) -> {
            details.append(score.details(page));
            UNWRITTEN.getOrDefault(page, List.of()).forEach(fact -> details.append("  unscored: ").append(fact.line())
                    .append('\n'));
            details.append('\n');
        }));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/reader-score.md"), tables);
        Files.writeString(Path.of("target/reader-score-details.txt"), details);
    }

    @Test
    void theSeedPagesAreReadAsTheirClerksDidAtLeast97InAHundred() {
        assertThat(total(SEED_SCORES).score()).as(table("seeds", SEED_SCORES)).isGreaterThanOrEqualTo(SEEDS_TARGET);
        assertThat(invented(Map.of("seeds", total(SEED_SCORES)))).as("values the seed pages do not state").isEmpty();
    }

    @Test
    void theTuningPagesReadNoWorseThanTheyDo() {
        assertThat(total(TUNING).score()).as(table("tuning", TUNING)).isGreaterThanOrEqualTo(TUNING_FLOOR);
    }

    @Test
    void thePagesNeverTunedOnReadNoWorseThanTheyDo() {
        assertThat(total(TEST).score()).as(table("test", TEST)).isGreaterThanOrEqualTo(TEST_FLOOR);
    }

    @Test
    void noMoreValuesAreInventedOnEitherSetThanNow() {
        assertThat(invented(TUNING)).as("values read on tuning pages that the page does not state there")
                .hasSizeLessThanOrEqualTo(TUNING_INVENTED_CEILING);
        assertThat(invented(TEST)).as("values read on test pages that the page does not state there")
                .hasSizeLessThanOrEqualTo(TEST_INVENTED_CEILING);
    }

    private static List<String> invented(Map<String, FactScore> scores) {
        List<String> invented = new ArrayList<>();
        scores.forEach((page, score) -> score.invented().forEach(fact -> invented.add(page + ": " + fact.line())));
        return invented;
    }

    /** The targets, each said met or not. */
    private static String targets() {
        int invented = Stream.of(SEED_SCORES, TUNING, TEST).mapToInt(scores -> invented(scores).size()).sum();
        return String.format("%n### Targets%n%n| target | reached | met |%n| --- | --- | --- |%n"
                        + "| seeds ≥ %.0f %% | %.1f %% | %s |%n| tuning pages ≥ %.0f %% | %.1f %% | %s |%n"
                        + "| test pages ≥ %.0f %% | %.1f %% | %s |%n| no value invented | %d invented | %s |%n",
                100 * SEEDS_TARGET, 100 * total(SEED_SCORES).score(), met(total(SEED_SCORES).score() >= SEEDS_TARGET),
                100 * TUNING_TARGET, 100 * total(TUNING).score(), met(total(TUNING).score() >= TUNING_TARGET),
                100 * TEST_TARGET, 100 * total(TEST).score(), met(total(TEST).score() >= TEST_TARGET),
                invented, met(invented == 0));
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static FactScore seed(String page) throws IOException {
        List<String> clerk = PageFacts.of(PageFacts.JSON.readTree(read("seeds/expected/" + page + ".json")));
        List<String> reader = PageFacts.of(PageFacts.shapeOf(MinutesReader.read(read("seeds/pages/" + page
                + ".txt"))));
        return FactScore.of(PageFacts.keyed(clerk), PageFacts.keyed(reader), (expected, read) -> false);
    }

    private static FactScore corpus(String page, String written) throws IOException {
        List<FactScore.Fact> clerk = CorpusFactLines.of(written.lines().toList());
        List<FactScore.Fact> read = CorpusFactLines.of(CorpusFacts.of(MinutesReader.read(read("corpus/pages/"
                + page + ".txt"))));
        UNWRITTEN.put(page, read.stream().filter(fact -> !CorpusFactLines.written(fact)).toList());
        return FactScore.of(clerk, read.stream().filter(CorpusFactLines::written).toList(),
                CorpusFactLines::onSomeItem);
    }

    private static String read(String resource) {
        try {
            return Files.readString(RESOURCES.resolve(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FactScore total(Map<String, FactScore> scores) {
        List<FactScore.Fact> matched = new ArrayList<>();
        List<FactScore.Fact> missed = new ArrayList<>();
        List<FactScore.Pair> wrong = new ArrayList<>();
        List<FactScore.Fact> invented = new ArrayList<>();
        scores.values().forEach(score -> {
            matched.addAll(score.matched());
            missed.addAll(score.missed());
            wrong.addAll(score.wrong());
            invented.addAll(score.invented());
        });
        return new FactScore(matched, missed, wrong, invented);
    }

    private static String table(String title, Map<String, FactScore> scores) {
        StringBuilder table = new StringBuilder("\n### " + title + "\n\n| page | matched | missed | wrong | invented "
                + "| score |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        scores.forEach((page, score) -> table.append(row(page, score)));
        table.append(row("**total**", total(scores)));
        return table.toString();
    }

    private static String row(String page, FactScore score) {
        return String.format("| %s | %d | %d | %d | %d | %.1f %% |%n", page, score.matched().size(),
                score.missed().size(), score.wrong().size(), score.invented().size(), 100 * score.score());
    }
}
