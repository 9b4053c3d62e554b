package org.minutebook.reader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a page stops mid-sentence, as a page saved before it ended does ("… indicating both the nature and content
 * of th", "RESOLVED ON THE"). A page whose last words have no stop is cut, unless they are words a minute ends on
 * whole without one: a resolution's part ending on its appendix ("… as listed within Appendix A"), a lone "Nil", the
 * meeting's close ("The meeting ended at 8.15 pm"), a list of who attended ending on an office ("… Minute Taker").
 * Neither is a cut the page states. A part's mark alone at the foot ("i)", "(b)") is the page stopping before the
 * part's words, though the mark ends on its bracket. A document site's listing of another document saved under the page is not where
 * the minutes stop.
 */
final class PageEnd {

    /** How a page that was saved whole ends: a full stop, a closing bracket or quote, a table's last cell. */
    private static final Pattern ENDED = Pattern.compile("[.!?:;)\\]\"”’'|]$");
    /** "Appendix A", "Option B", "Part 2": a reference a sentence may end on whole. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:appendix|appendices|schedule|annex|annexe|part"
            + "|option|section|table|figure|plan|recommendation)\\s+(?:\\p{L}|\\d+(?:\\.\\d+)*)$");
    /** A minute of one word: "Nil", "None", "Noted", "Carried". */
    private static final Pattern ONE_WORD = Pattern.compile("(?i)^(?:nil|none|n/a|noted|carried|agreed|lost|approved"
            + "|received)$");
    /** The meeting's close, stop or none: "The meeting ended at 8.15 pm", "… declared the meeting closed". */
    private static final Pattern CLOSE = Pattern.compile("(?i)\\b(?:meeting|proceedings)\\s+(?:was\\s+)?(?:closed|ended"
            + "|concluded|finished|terminated|adjourned)\\b|\\b(?:declared|closed) the meeting(?: closed)?\\b");
    /**
     * A document site's listing of another document ("Page 3: Date: Tuesday, 28 January 2020 Time ... -
     * loddon.vic.gov.au · 1/28/2020 · …"): its title, a dash, the site's address and a dot between dates.
     */
    private static final Pattern SITE_LISTING = Pattern.compile("\\s-\\s+(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+\\s+·\\s");

    /** The mark of a minute's part with nothing after it: "i)", "(b)", "c.". */
    private static final Pattern PART_MARK = Pattern.compile("^\\(?(?:[ivx]{1,4}|[a-z])[.)]$");

    private static final Pattern LAST_OFFICE = Pattern.compile("\\b(?:Minute Taker|Officer|Manager|Clerk|Secretary|"
            + "Executive|Director|Administrator)$");

    private PageEnd() {
    }

    /** Whether the page's last words stop mid-sentence. */
    static boolean cutShort(List<Line> lines) {
        String last = lines.stream().map(line -> line.text().strip())
                .filter(text -> !text.isEmpty() && !SITE_LISTING.matcher(text).find())
                .reduce((first, second) -> second).orElse("");
        if (PART_MARK.matcher(last).matches()) {
            return true;
        }
        return !last.isEmpty() && !ENDED.matcher(last).find() && !REFERENCE.matcher(last).find()
                && !ONE_WORD.matcher(last).matches() && !CLOSE.matcher(last).find() && !listEndsOnAnOffice(last);
    }

    /**
     * A list of who attended ends whole on its last one's office, without a stop ("… Erin Findlay Manager Library &
     * Community Services Chris Haynes Minute Taker"): the words since the last sentence name people, say nothing.
     */
    private static boolean listEndsOnAnOffice(String last) {
        String tail = last.substring(Math.max(last.lastIndexOf(". ") + 1, 0)).strip();
        return LAST_OFFICE.matcher(tail).find() && !GeneralPage.isSentence(tail)
                && tail.matches(".*\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+.*");
    }
}
