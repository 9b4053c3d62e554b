package org.minutebook.reader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five published minutes pages, each read by the importer and by a clerk. The clerk's record of each page
 * ({@code seeds/expected/<page>.json}) was written by hand from the page — who was there, what was declared,
 * what was resolved, every item's words — not produced by the importer. Where the two differ, the test says
 * which facts; at least 95 in a hundred must agree on every page.
 */
class ReadingPublishedMinutesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_57856f9b823160e1", "001_1dba6daaabc94b71", "002_badff10682084d70",
            "003_7e16a4421008c2b1", "004_cfd6ab707287b23f"})
    void theImporterReadsAPageAsTheClerkDid(String page) throws IOException {
        List<String> clerk = PageFacts.of(PageFacts.JSON.readTree(resource("seeds/expected/" + page + ".json")));
        List<String> importer = PageFacts.of(PageFacts.shapeOf(MinutesReader.read(resource("seeds/pages/" + page
                + ".txt"))));

        FactComparison comparison = FactComparison.of(clerk, importer);

        System.out.print(comparison.report(page));
        assertThat(clerk).as("the clerk's record of " + page).hasSizeGreaterThan(20);
        assertThat(comparison.score()).as(comparison.report(page)).isGreaterThanOrEqualTo(0.95);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ReadingPublishedMinutesTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
