package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a page as its layout meant them, before items are looked for: the cell marks of a table saved as
 * text ("Venue |", "---|---|") go; bullets ("•", "▪") start lines of their own; names that a PDF's columns ran
 * together ("Cllr D. BeynonCllr P. J. Waterhouse") are parted; and text flattened into one long line ("Present: …
 * 1. Apologies for Absence 1.1 There were … 2. Declarations of Interest …") is split where a list of those present
 * starts and where the minute numbers, in their order, do.
 */
final class PageLines {

    private static final Pattern CELL = Pattern.compile("^(\\s*)\\|?\\s*(.*?)\\s*\\|?\\s*$");
    private static final Pattern RULE = Pattern.compile("^[\\s|:-]*-{2,}[\\s|:-]*$");
    private static final Pattern BULLET = Pattern.compile("\\s*[•▪●]\\s*");
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=[a-z)])(?=(?:Cllr|Councillor)\\b)");
    /** A list's label inside a line: "… Tel: 01743 252729 Present: K. Barrow …", "… Cllr M Jehu, In attendance : …". */
    private static final Pattern LABEL_WITHIN = Pattern.compile("(?<=\\S)(?<!STAFF|Staff|MEMBERS|Members|ALSO|Also|also"
            + "|OFFICERS|Officers|THOSE)\\s+(?=(?:Members Present|Also present|ALSO PRESENT|Present|PRESENT|In attendance|"
            + "IN ATTENDANCE|Apologies(?: for absence)?|APOLOGIES|Officials in Attendance|Others)\\s?:"
            // a PDF's label in capitals beside its column of names, without its colon: "… at 5:32 pm PRESENT IN The …"
            + "|PRESENT\\b(?!\\s*:)"
            // a sentence of who stood in ends the list before it: "… (Clerk) Cllr T Vale was present as Substitute …"
            + "|(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr)\\.?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:was|were) present as\\b)");
    /**
     * A minute number inside flattened text: "… Taylor-Smith 1. Apologies for Absence 1.1 There were …", or run
     * into the capitals before it: "… CEMETERY MEETING OF MONDAY4. MATTERS ARISING".
     */
    private static final Pattern NUMBER_WITHIN = Pattern.compile("(?:(?<=\\s)(?<!\\b(?:item|items|minute|minutes|"
            // "… at the end of item 4 (f) …": a reference to a number in lower case, not one; "Minutes 1.1 …" a title
            + "paragraph|para|page|clause|section|appendix|no\\.?|number)\\s)|(?<=[A-Z]{2})(?=\\d{1,3}\\.\\s+[A-Z]{2}))(\\d{1,3})(?:\\.(\\d{1,2}))?\\.?\\s+(?=[A-Z“\"‘'(])"
            // a date's day ("Monday 1 September 2008") is no minute number
            + "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)");
    /**
     * Where a numbered title that flattened text ran on ends and its minute begins: at the title's full stop, or
     * where a sentence opens ("… from the Minutes No matters arising.", "… Congratulations Sympathy was extended").
     */
    private static final Pattern TITLE_THEN_TEXT = Pattern.compile("^(?<title>(?:\\d[\\d.]*|"
            + InferredNumbering.NUMBERING + ")[.:)]?\\s+(?:\\S+\\s+){0,24}?\\S+?)"
            // "86/14 Planning Applications. a) No Planning Matters.": a title, then its lettered parts
            + "(?:(?<=[a-z]{2}|\\d{4})(?<!\\b(?:Cllr|Mrs|Mr|Dr|Cr|Rev|Prof|Ms|No|St))\\.\\s+(?=[A-Z]|\\(?[a-z]\\)\\s)|\\s+(?=(?:No matters|There (?:was|were)|It was|Members (?:were|received|"
            + "noted)|[A-Z]\\w* (?:was|were|had)\\b)))");
    /**
     * A numbered title in capitals, then its minute: "1. APOLOGIES FOR ABSENCE Cllr. R Silvester, …", "5. PUBLIC
     * FORUM - monthly event limited to …".
     */
    private static final Pattern CAPITALS_THEN_TEXT = Pattern.compile("^(?<title>(?:\\d[\\d.]*|"
            + InferredNumbering.NUMBERING + ")[.:)]?\\s+(?:[A-Z’'&,()/-]{2,}\\s+|"
            + "[A-Z&/–-]\\s+)*?[A-Z’'&,()/-]{2,})\\s+(?:[-–]\\s+)?(?:(?=\\p{Lu}\\p{Ll}|\\p{Ll})(?!(?:and|or|of|the|to|for|in"
            + "|on)\\b)|(?=(?:RESOLVED|AGREED)\\b))");
    /**
     * A numbered title run on into its minute by a dash: "2.1 Appointment of Convener – notwithstanding the decision
     * of the Highland Council …" is the title, then the minute; so is a title of any length before a sentence ("1   To
     * Elect the Chairman of the Council and receive … of Office – Cllr C Wood was nominated by …").
     */
    private static final Pattern TITLE_DASH_TEXT = Pattern.compile("^(?<title>\\d{1,3}(?:\\.\\d{1,2})?\\.?\\s+"
            // "8.2 Resolved – that the council …": a numbered paragraph's decision, its word no title
            + "(?!(?i:resolved|agreed|carried|noted|decision)\\s+[–—])(?<words>[A-Z][^–—.:;]{3,200}?))\\s+[–—]\\s+"
            + "(?<text>\\S.{20,})$");
    /**
     * A minute number a PDF ran into its title in capitals at the start of a line ("37.PRESENT Councillors: …",
     * "40.TO RECEIVE DECLARATION OF INTEREST …"): the number and the title, as printed apart. A decimal ("2.5 days")
     * or a number before lower case is left as it is.
     */
    private static final Pattern NUMBER_RUN_INTO_TITLE = Pattern.compile("^(\\s*\\d{1,4}\\.)(?=\\p{Lu}{2,}\\b|"
            // "2.Minutes of adjourned meeting …", "1.Apologies: B. Cleator": a word in Title Case, never a decimal
            + "\\p{Lu}\\p{Ll}{2,}\\b)");
    /**
     * A table of contents printed before the minutes: "Contents" alone, and entries whose titles run by dot leaders
     * to a page number ("49 Welcome, Introductions and Apologies ...... 3", several in a line flattened from a PDF).
     * The items are the minutes' own, printed after it; read from the contents they would be read twice, or titled
     * with their page.
     */
    private static final Pattern CONTENTS = Pattern.compile("(?i)^\\s*(?:contents|table of contents)\\s*$");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(?<![\\d.])\\b\\d{1,3}\\s+[^.…\\d][^.…]{0,150}?"
            + "\\s*(?:\\.{3,}|…{2,})\\s*\\d{1,3}\\b(?!\\.\\d)");
    private static final Pattern OFFICE_WORD_ALONE = Pattern.compile("^\\p{Lu}{3,}$");
    private static final Pattern OFFICE_LABEL_AND_HOLDER = Pattern.compile("^(?:ADMINISTRATOR|OFFICER|SECRETARY|"
            + "MANAGER|DIRECTOR|CLERK|ASSISTANT|CO-ORDINATOR|COORDINATOR):\\s*(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+\\S.*$");
    private static final Pattern MARKUP = Pattern.compile("(?i)</?(?:br|strong|b|em|i|u|span|font|p)\\b[^<>]{0,80}>");
    private static final Pattern OWN_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\.\\s+[A-Z]");
    private static final Pattern LETTERED_PART = Pattern.compile("\\(?[a-z]\\)\\s");
    /** How long a title run on into a minute that opens in lower case may be, as the short titles such pages print. */
    private static final int SHORT_TITLE = 61;
    /** Longer than any heading or title: text a PDF or a page flattened into one line. */
    private static final int RUN_ON = 300;

    private PageLines() {
    }

    static List<Line> tidy(List<Line> lines) {
        List<Line> tidy = new ArrayList<>();
        for (Line line : officesRejoined(SavedTwice.readOnce(lines))) {
            // a page saved from a PDF site with its markup left in the text: "DECLARATIONS <strong>OF</strong> INTEREST<br />"
            String text = MARKUP.matcher(line.text()).replaceAll("");
            text = CONTENTS_ENTRY.matcher(text).replaceAll("");
            if (RULE.matcher(text).matches() || CONTENTS.matcher(text).matches()) {
                tidy.add(new Line(line.number(), ""));
                continue;
            }
            Matcher cell = CELL.matcher(text);
            // the indent stays: a list's line indented under the one before continues it
            text = cell.matches() ? cell.group(1) + cell.group(2) : text;
            text = RUN_TOGETHER.matcher(text).replaceAll(", ");
            text = NUMBER_RUN_INTO_TITLE.matcher(text).replaceFirst("$1 ");
            int next = nextMinuteWithin(text);
            if (next > 0) {
                // "2. Minutes of … were approved. 3. Port & Marine Safety Report:": two minutes, one line each
                tidy.addAll(tidy(List.of(new Line(line.number(), text.substring(0, next).stripTrailing()),
                        new Line(line.number(), text.substring(next)))));
                continue;
            }
            Matcher dashed = TITLE_DASH_TEXT.matcher(text.strip());
            if (dashed.matches() && titleThenMinute(dashed)) {
                tidy.add(new Line(line.number(), dashed.group("title")));
                tidy.add(new Line(line.number(), dashed.group("text")));
                continue;
            }
            for (String segment : runOn(text)) {
                for (String piece : BULLET.split(segment, -1)) {
                    if (piece.isBlank() && !segment.isBlank()) {
                        continue;
                    }
                    for (String part : text.length() > 120 ? LABEL_WITHIN.split(piece) : new String[]{piece}) {
                        tidy.add(new Line(line.number(), part.strip().isEmpty() ? "" : part));
                    }
                }
            }
        }
        return tidy;
    }

    /**
     * An office in capitals that a column broke over two lines, its holder after the second ("MEETINGS" over
     * "ADMINISTRATOR: Ms. Anne Lee"): one line again, the office whole, and the first word no heading of its own.
     */
    private static List<Line> officesRejoined(List<Line> lines) {
        List<Line> joined = new ArrayList<>(lines);
        for (int i = 0; i < joined.size(); i++) {
            if (!OFFICE_WORD_ALONE.matcher(joined.get(i).text().strip()).matches()) {
                continue;
            }
            int next = i + 1;
            while (next < joined.size() && joined.get(next).blank() && next - i <= 2) {
                next++;
            }
            if (next < joined.size() && OFFICE_LABEL_AND_HOLDER.matcher(joined.get(next).text().strip()).matches()) {
                joined.set(next, new Line(joined.get(next).number(), joined.get(i).text().strip() + " "
                        + joined.get(next).text().strip()));
                joined.set(i, new Line(joined.get(i).number(), ""));
            }
        }
        return joined;
    }

    /**
     * "3. Andrew Thin was nominated …": a numbered paragraph opening with someone's forename and surname, never a
     * title of one word ("Andrew") before its minute ("Thin was nominated …").
     */
    private static boolean nameParted(String title, String text) {
        String word = title.strip().replaceFirst("^\\S+\\s+", "");
        // "2. Apologies Apologies were received …" is a title and its minute
        return word.matches("\\p{Lu}\\p{Ll}+") && text.matches("^\\p{Lu}\\p{Ll}+\\s+(?:was|were|had)\\b.*")
                && !text.startsWith(word + " ");
    }

    /** A numbered title of a few words, no sentence, before its lettered parts: "84/14 Matters Arising. a) SC …". */
    private static boolean titleBeforeParts(Matcher titled, String line) {
        String title = titled.group("title").replaceFirst("^\\S+\\s+", "");
        return LETTERED_PART.matcher(line.substring(titled.end())).lookingAt() && title.split("\\s+").length <= 8
                && GeneralPage.isTitle(title) && !GeneralPage.isSentence(title);
    }

    /** A short title before words in lower case, or a title before a sentence of the minute. */
    private static boolean titleThenMinute(Matcher dashed) {
        String words = dashed.group("words");
        String text = dashed.group("text");
        String opening = Sentences.of(text).stream().findFirst().orElse("");
        return Character.isLowerCase(text.charAt(0)) ? words.length() <= SHORT_TITLE
                : GeneralPage.isTitle(words) && GeneralPage.isSentence(opening);
    }

    /** A line flattened from many: split where its minute numbers, in order, open items. */
    /**
     * Where the next minute, numbered one on from the line's own, opens after a sentence's stop within the line, or
     * 0: "2. Minutes of … were approved. 3. Port & Marine Safety Code …".
     */
    private static int nextMinuteWithin(String text) {
        Matcher own = OWN_NUMBER.matcher(text);
        if (!own.lookingAt() || text.length() > RUN_ON) {
            return 0;
        }
        Matcher next = Pattern.compile("(?<=[a-z)]\\.)\\s+(" + (Integer.parseInt(own.group(1)) + 1) + "\\.\\s+[A-Z])")
                .matcher(text);
        return next.find(own.end()) ? next.start(1) : 0;
    }

    private static List<String> runOn(String text) {
        List<String> segments = new ArrayList<>();
        if (text.length() <= RUN_ON) {
            // a numbered title in capitals run into its minute on a line of its own ("38. APOLOGIES Apologies for
            // absence were received from …"), as a PDF saved a paragraph a line: the title, then the minute
            Matcher capitals = CAPITALS_THEN_TEXT.matcher(text.strip());
            Matcher titled = TITLE_THEN_TEXT.matcher(text.strip());
            if (capitals.find() && capitals.end() < text.strip().length()) {
                segments.add(capitals.group("title").strip());
                segments.add(text.strip().substring(capitals.end()).strip());
            } else if (titled.find() && titleBeforeParts(titled, text.strip())) {
                // "86/14 Planning Applications. a) No Planning Matters.": the title, then the minute's parts
                segments.add(titled.group("title").strip());
                segments.add(text.strip().substring(titled.end()).strip());
            } else {
                segments.add(text);
            }
            return segments;
        }
        // the longest run of numbers in their order: a date's day or a count among them opens nothing
        List<int[]> found = new ArrayList<>();
        Matcher m = NUMBER_WITHIN.matcher(text);
        while (m.find()) {
            found.add(new int[]{m.start(), Integer.parseInt(m.group(1)), m.group(2) == null ? -1
                    : Integer.parseInt(m.group(2))});
        }
        int[] length = new int[found.size()];
        int[] before = new int[found.size()];
        int best = -1;
        for (int i = 0; i < found.size(); i++) {
            int[] at = found.get(i);
            length[i] = inOrder(null, null, at[1], at[2] < 0 ? null : at[2]) ? 1 : 0;
            before[i] = -1;
            for (int j = 0; j < i; j++) {
                int[] prior = found.get(j);
                if (length[j] > 0 && length[j] + 1 > length[i] && inOrder(prior[1], prior[2] < 0 ? null : prior[2],
                        at[1], at[2] < 0 ? null : at[2])) {
                    length[i] = length[j] + 1;
                    before[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<Integer> cuts = new ArrayList<>();
        for (int i = best; i >= 0 && length[i] > 0; i = before[i]) {
            cuts.add(0, found.get(i)[0]);
        }
        List<Integer> inferred = InferredNumbering.cutsInRunOn(text);
        if (inferred.size() > cuts.size()) {
            // the page's own numbering, where the numbers known find fewer of its items
            cuts = inferred;
        }
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                segments.add(text.substring(from, cut).strip());
            }
            from = cut;
        }
        segments.add(text.substring(from).strip());
        List<String> titled = new ArrayList<>();
        for (String segment : segments) {
            Matcher capitals = CAPITALS_THEN_TEXT.matcher(segment);
            Matcher opening = capitals.find() ? capitals.reset() : TITLE_THEN_TEXT.matcher(segment);
            if (opening.find() && opening.end() < segment.length() && !nameParted(opening.group("title"),
                    segment.substring(opening.end()))) {
                titled.add(opening.group("title").strip());
                titled.add(segment.substring(opening.end()).strip());
            } else {
                titled.add(segment);
            }
        }
        return titled;
    }

    /** Minute numbers go 1, 2, 3 or 167.0, 167.1, 168.0: the next number, never any number. */
    private static boolean inOrder(Integer major, Integer minor, int a, Integer b) {
        if (major == null) {
            return a < 1000 && (b == null || b <= 1);
        }
        if (a == major) {
            return b != null && (minor == null ? b == 1 : b == minor + 1);
        }
        return a == major + 1 && (b == null || b == 0);
    }
}
