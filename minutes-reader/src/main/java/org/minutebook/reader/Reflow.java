package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs of text that a PDF wrapped into lines. A line opens a new paragraph after a blank line, when it
 * starts with a label ("i)", "a)", "(b)", "2.") or RESOLVED/AGREED/"It was RESOLVED"/"Decision:", or a motion's own
 * lines ("Resolution 23/202", "Moved:", "Seconded:", "CARRIED"), after a line ending with a colon, and after a
 * sentence whose line had room for this line's first word — a writer who had gone on would have filled it.
 */
final class Reflow {

    static final Pattern LABEL = Pattern.compile("^\\(?(?:[ivx]{1,5}|[a-z]|\\d{1,2})[.)]\\s");
    private static final Pattern DASH_BULLET = Pattern.compile("^[-–]\\s+\\p{Lu}");
    private static final Pattern OPENS = Pattern.compile("^(?:It was\\s+)?(?:(?:unanimously|UNANIMOUSLY)\\s+)?"
            + "(?:RESOLVED|AGREED|Resolved|Agreed)\\b|^(?:Decisions?|DECISIONS?)\\s*:"
            + "|^(?:Moved|MOVED|Seconded|SECONDED|Proposed|PROPOSED|Resolution|RESOLUTION|CARRIED|Carried|LOST)\\b");

    /** "Seconded: Councillor Kim": a line of its own, whatever follows it. */
    private static final Pattern NAMES_WHO = Pattern.compile("^(?:Moved|MOVED|Seconded|SECONDED|Proposed|PROPOSED)\\b"
            + ".{0,60}$");

    private Reflow() {
    }

    static int width(List<Line> lines) {
        return lines.stream().mapToInt(line -> line.text().strip().length()).max().orElse(80);
    }

    static List<Paragraph> paragraphs(List<Line> lines, int width) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = null;
        int start = 0;
        String previous = null;
        for (Line line : lines) {
            String t = line.text().strip();
            if (t.isEmpty()) {
                text = flush(paragraphs, text, start);
                previous = null;
                continue;
            }
            if (text != null && opensParagraph(previous, t, width)) {
                text = flush(paragraphs, text, start);
            }
            if (text == null) {
                text = new StringBuilder(t);
                start = line.number();
            } else {
                text.append(' ').append(t);
            }
            previous = t;
        }
        flush(paragraphs, text, start);
        return paragraphs;
    }

    private static boolean opensParagraph(String previous, String line, int width) {
        // a list's item marked by a dash ("- An apology for absence was received from …"), as a web page saves a list
        if (LABEL.matcher(line).find() || OPENS.matcher(line).find() || previous.endsWith(":")
                || DASH_BULLET.matcher(line).find()
                || NAMES_WHO.matcher(previous).matches()) {
            return true;
        }
        boolean sentenceEnded = previous.matches(".*[.?!;]['’”]?$");
        int firstWord = line.split(" ")[0].length();
        return sentenceEnded && Character.isUpperCase(line.charAt(0))
                && previous.length() + 1 + firstWord < width - 2;
    }

    private static StringBuilder flush(List<Paragraph> paragraphs, StringBuilder text, int start) {
        if (text != null) {
            paragraphs.add(new Paragraph(start, text.toString()));
        }
        return null;
    }
}
