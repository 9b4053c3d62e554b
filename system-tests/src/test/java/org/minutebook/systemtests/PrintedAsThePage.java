package org.minutebook.systemtests;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.systemtests.ClerkAtThePage.normal;

/**
 * A meeting's printable minutes held to the published page they were recorded from, as a reader compares them:
 * every line the minutes print is on the page (but for the few words the service prints of its own, named by the
 * test); nothing is printed more often than the page says it; and every line of the page is in the minutes (a
 * title's closing full stop aside). Whitespace is no difference: the page's lines are wrapped at its width.
 */
final class PrintedAsThePage {

    /** The minutes' printed lines: each heading, paragraph, point and part; an item's number and title apart. */
    private static final String PRINTED_LINES = """
            const lines = [];
            for (const e of document.querySelectorAll('.minutes h1, .minutes h2, .minutes h3, .minutes p,'
                + ' .minutes li, .minutes blockquote, .minutes dt, .minutes dd, .minutes .signature .line')) {
              // the text as written (textContent), not as styled: the draft notice is shown in capitals
              if (e.matches('h2') && e.querySelector('span')) e.querySelectorAll('span').forEach((s) => lines.push(s.textContent));
              else lines.push(e.textContent);
            }
            return lines;""";

    private final Browser browser;
    private final String minutes;
    private final String page;

    PrintedAsThePage(Browser browser, String querySide, String meetingId, String page) {
        this.browser = browser;
        this.minutes = querySide + "/api/meetings/" + meetingId + "/minutes.html";
        this.page = page;
    }

    /** Holds the minutes to the whole page; {@code ownWords} are lines the service prints that the page words otherwise. */
    void saysWhatThePageSays(List<String> ownWords) {
        saysWhatThePageSays(ownWords, 0);
    }

    /** As above, every line of the page from {@code minutesFrom} on printed (what is above is the site's, not the minutes'). */
    void saysWhatThePageSays(List<String> ownWords, int minutesFrom) {
        browser.open(minutes);
        List<String> printed = new ArrayList<>();
        for (Object line : (List<?>) browser.driver.executeScript(PRINTED_LINES)) {
            String text = normal(String.valueOf(line));
            if (!text.isEmpty() && !ownWords.contains(text)) {
                printed.add(text);
            }
        }
        String printedText = String.join(" ", printed);
        String pageText = normal(page);

        assertThat(printed).as("printed, and not on the page").filteredOn(line -> !pageText.contains(line)).isEmpty();
        assertThat(printed).as("printed more often than the page says it")
                .filteredOn(line -> occurrences(printedText, line) > occurrences(pageText, line)).isEmpty();
        List<String> notPrinted = page.substring(minutesFrom).lines().map(ClerkAtThePage::normal).filter(line -> !line.isEmpty())
                .filter(line -> !printedText.contains(line) && !printedText.contains(line.replaceFirst("\\.$", "")))
                .toList();
        assertThat(notPrinted).as("on the page, and not printed").isEmpty();
        assertThat(printed).as("the minutes were printed").isNotEmpty();
    }

    private static int occurrences(String text, String words) {
        int count = 0;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            count++;
        }
        return count;
    }
}
