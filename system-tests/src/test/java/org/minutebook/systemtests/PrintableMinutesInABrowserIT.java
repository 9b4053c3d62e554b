package org.minutebook.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given the published minutes of 18 November 2020 (004) recorded, when an officer opens the printable minutes in a
 * real browser — Debian's headless chromium, run as a process — then the page the browser renders reads as the
 * published minutes do: heading, PRESENT, items 19. to 31., the decision of item 26, the declarations, the sitting
 * times and the CHAIRMAN block.
 */
class PrintableMinutesInABrowserIT {

    private static final String MEETING = "leics-cfosc-2020-11-18";
    private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(90);
    /** Test artifacts, kept after the run: system-tests/target/screenshots/minutes-2020-11-18.png (and .html). */
    private static final Path ARTIFACTS = Path.of("target", "screenshots");
    private static final Path SCREENSHOT = ARTIFACTS.resolve("minutes-2020-11-18.png");
    private static final Path RENDERED_DOM = ARTIFACTS.resolve("minutes-2020-11-18.html");
    private static final int WIDTH = 1240;
    private static final int HEIGHT = 8000; // the whole page, down to the CHAIRMAN block, about 6,200 pixels
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static String dom;

    @BeforeAll
    static void recordTheMinutesAndOpenThemInABrowser() throws Exception {
        Path chromium = chromium();
        Minutebook minutebook = Minutebook.running();
        minutebook.recordPublishedMinutes();
        String url = minutebook.querySide() + "/api/meetings/" + MEETING + "/minutes.html";
        // The query side projects from Kafka asynchronously: wait until the minutes hold the close.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Http.Response page = Http.get(url);
            return page.status() == 200 && page.raw().body().contains("12.12pm");
        });

        Files.createDirectories(ARTIFACTS);
        Files.deleteIfExists(SCREENSHOT);
        dom = browse(chromium, "--dump-dom", url);
        Files.writeString(RENDERED_DOM, dom);
        browse(chromium, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=" + WIDTH + "," + HEIGHT,
                "--hide-scrollbars", url);
    }

    @Test
    void theHeadingNamesTheCommitteeTheVenueAndTheDay() {
        assertThat(texts(dom, "<h1[^>]*>(.*?)</h1>")).containsExactly("Minutes of a meeting of the Children and "
                + "Families Overview and Scrutiny Committee held at County Hall, Glenfield on Wednesday, 18 November 2020.");
    }

    @Test
    void presentListsTheChairAndTheSevenOtherMembers() {
        String present = only(dom, "<section class=\"present\"[^>]*>(.*?)</section>");
        assertThat(texts(present, "<h2[^>]*>(.*?)</h2>")).containsExactly("PRESENT");
        assertThat(texts(present, "<li[^>]*>(.*?)</li>")).containsExactly(
                "Mrs. H. J. Fryer CC (in the Chair)",
                "Mr. I. E. G. Bentley CC",
                "Dr. R. K. A. Feltham CC",
                "Mr. J. Kaufman CC",
                "Mr T. Parton CC",
                "Mr. S. D. Sheahan CC",
                "Mr. G. Welsh CC",
                "Mrs. M. Wright CC");
    }

    @Test
    void theItemsAreNumbered19To31InOrderWithTheirTitles() {
        List<String> headings = items().stream().map(item -> texts(item, "<h2[^>]*>(.*?)</h2>").get(0)).toList();
        assertThat(headings).containsExactly(
                "19. Minutes.",
                "20. Question Time.",
                "21. Questions asked by members under Standing Order 7(3) and 7(5).",
                "22. Urgent Items.",
                "23. Declarations of interest.",
                "24. Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16.",
                "25. Presentation of Petitions under Standing Order 36.",
                "26. Defining Children and Family Services for the Future.",
                "27. Progress Report: Ofsted Recommendations as Part of the Ofsted Continuous Improvement Action "
                        + "Plan 2017-2020 - The Road to Excellence.",
                "28. Leicestershire Fostering Agency Statutory Report.",
                "29. Annual Report of the Independent Reviewing Officer.",
                "30. Quarter 2 2020/21 Performance Report.",
                "31. Dates of Future Meetings.");
    }

    @Test
    void item26IsResolvedInThreeLetteredParts() {
        String resolution = only(item("26"), "<div class=\"resolution\"[^>]*>(.*?)</div>");
        assertThat(texts(resolution, "<p class=\"form\"[^>]*>(.*?)</p>")).containsExactly("RESOLVED:");
        assertThat(texts(resolution, "<li[^>]*>(.*?)</li>")).containsExactly(
                "a) That the report be noted;",
                "b) That a further report be presented to the Children and Families Overview and Scrutiny "
                        + "Committee on 19 January 2021;",
                "c) That the Cabinet be advised of the comments made by the Committee.");
    }

    @Test
    void aReportConsideredIsSaidOnceInTheWordsMinuted() {
        assertThat(texts(item("26"), "<p[^>]*>(.*?)</p>"))
                .filteredOn(paragraph -> paragraph.contains("considered a report of the Director of Children"))
                .singleElement().asString()
                .startsWith("The Committee considered a report of the Director of Children and Family Services which "
                        + "provided an overview of the outcome of a diagnostic assessment");
        assertThat(text(dom)).doesNotContain("report of The ");
    }

    @Test
    void noInterestsAndNoPartyWhipAreSaidOnceAsMinuted() {
        assertThat(String.join(" ", texts(item("23"), "<p[^>]*>(.*?)</p>")))
                .containsOnlyOnce("No declarations were made.");
        assertThat(String.join(" ", texts(item("24"), "<p[^>]*>(.*?)</p>")))
                .containsOnlyOnce("There were no declarations of the party whip.");
    }

    @Test
    void theMinutesEndWithTheSittingTimesAndTheChairmansSignature() {
        String footer = only(dom, "<footer[^>]*>(.*?)</footer>");
        assertThat(texts(footer, "<p class=\"sitting\"[^>]*>(.*?)</p>"))
                .containsExactly("9.30am – 12.12pm", "18 November 2020");
        String signature = only(footer, "<div class=\"signature\"[^>]*>(.*?</div>.*?)</div>");
        assertThat(signature).contains("<div class=\"line\"");
        assertThat(texts(signature, "<p[^>]*>(.*?)</p>")).containsExactly("CHAIRMAN");
        assertThat(footer.indexOf("9.30am")).isLessThan(footer.indexOf("CHAIRMAN"));
    }

    @Test
    void theBrowserPaintsAScreenshotOfThePage() throws IOException {
        assertThat(SCREENSHOT).exists();
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(Arrays.copyOf(png, PNG_MAGIC.length)).as("PNG signature").isEqualTo(PNG_MAGIC);
        assertThat(png.length).as("bytes").isBetween(20_000, 20_000_000);
        ByteBuffer header = ByteBuffer.wrap(png, 8, 25); // the IHDR chunk comes first: length, type, width, height
        assertThat(header.getInt()).isEqualTo(13);
        assertThat(new String(png, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        header.position(16);
        assertThat(header.getInt()).as("width").isEqualTo(WIDTH);
        assertThat(header.getInt()).as("height").isEqualTo(HEIGHT);
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image).as("decodable PNG").isNotNull();
        assertThat(darkPixels(image, 0, 400)).as("text painted at the top of the page").isGreaterThan(1_000);
        assertThat(darkPixels(image, HEIGHT - 200, HEIGHT))
                .as("blank bottom: the whole page, down to the CHAIRMAN block, is in the screenshot").isZero();
    }

    // --- the browser ---------------------------------------------------------------------------------------------

    /** Debian's chromium; the test fails (never skips) without it. */
    private static Path chromium() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir, "chromium"));
                candidates.add(Path.of(dir, "chromium-browser"));
            }
        }
        Optional<Path> found = candidates.stream().filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            throw new AssertionError("No chromium found (looked for /usr/bin/chromium, /usr/bin/chromium-browser and "
                    + "chromium or chromium-browser on the PATH). This test needs a real headless browser: install "
                    + "Debian's chromium with `apt-get install chromium` (.ci/run installs it).");
        }
        return found.get();
    }

    /** Runs headless chromium once with a fresh profile; answers what it wrote to stdout. */
    private static String browse(Path chromium, String... arguments) throws Exception {
        Path profile = Files.createTempDirectory("minutebook-chromium-");
        Path out = Files.createTempFile("minutebook-chromium-", ".out");
        Path log = Files.createTempFile("minutebook-chromium-", ".log");
        List<String> command = new ArrayList<>(List.of(chromium.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                // without these Chromium calls home, and this machine's closed network refuses it
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Process browser = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        try {
            if (!browser.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("chromium did not finish within " + BROWSER_TIMEOUT + ": " + command
                        + "\n" + tail(log));
            }
            if (browser.exitValue() != 0) {
                throw new AssertionError("chromium exited with " + browser.exitValue() + ": " + command + "\n" + tail(log));
            }
            return Files.readString(out);
        } finally {
            browser.descendants().forEach(ProcessHandle::destroyForcibly);
            browser.destroyForcibly();
            delete(profile);
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static long darkPixels(BufferedImage image, int fromY, int toY) {
        long dark = 0;
        for (int y = fromY; y < Math.min(toY, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r + g + b < 3 * 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    // --- reading the rendered DOM (as Chromium serialises it: lower-case tags, double-quoted attributes) -----------

    private static List<String> items() {
        return all(dom, "<article class=\"item\"[^>]*>(.*?)</article>");
    }

    private static String item(String number) {
        return items().stream()
                .filter(item -> texts(item, "<span class=\"number\"[^>]*>(.*?)</span>").contains(number + "."))
                .findFirst().orElseThrow(() -> new AssertionError("No item " + number + ". on the page:\n" + dom));
    }

    private static String only(String html, String regex) {
        List<String> found = all(html, regex);
        assertThat(found).as("exactly one match of %s", regex).hasSize(1);
        return found.get(0);
    }

    private static List<String> all(String html, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The text of each match, as a reader sees it: tags dropped, entities decoded, white space collapsed. */
    private static List<String> texts(String html, String regex) {
        return all(html, regex).stream().map(PrintableMinutesInABrowserIT::text).toList();
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
