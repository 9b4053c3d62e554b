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

    private static final Pattern CELL = Pattern.compile("^\\s*\\|?\\s*(.*?)\\s*\\|?\\s*$");
    private static final Pattern RULE = Pattern.compile("^[\\s|:-]*-{2,}[\\s|:-]*$");
    private static final Pattern BULLET = Pattern.compile("\\s*[•▪●]\\s*");
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=[a-z)])(?=(?:Cllr|Councillor)\\b)");
    /** A list's label inside a line: "… Tel: 01743 252729 Present: K. Barrow …", "… Cllr M Jehu, In attendance : …". */
    private static final Pattern LABEL_WITHIN = Pattern.compile("(?<=\\S)\\s+(?=(?:Present|PRESENT|In attendance|"
            + "IN ATTENDANCE|Apologies(?: for absence)?|APOLOGIES|Officials in Attendance|Others)\\s?:)");
    /** A minute number inside flattened text: "… Taylor-Smith 1. Apologies for Absence 1.1 There were …". */
    private static final Pattern NUMBER_WITHIN = Pattern.compile("(?<=\\s)(\\d{1,3})(?:\\.(\\d{1,2}))?\\.?\\s+(?=[A-Z“\"‘'(])");
    /** Longer than any heading or title: text a PDF or a page flattened into one line. */
    private static final int RUN_ON = 300;

    private PageLines() {
    }

    static List<Line> tidy(List<Line> lines) {
        List<Line> tidy = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text();
            if (RULE.matcher(text).matches()) {
                tidy.add(new Line(line.number(), ""));
                continue;
            }
            Matcher cell = CELL.matcher(text);
            text = cell.matches() ? cell.group(1) : text;
            text = RUN_TOGETHER.matcher(text).replaceAll(", ");
            for (String piece : BULLET.split(text, -1)) {
                if (piece.isBlank() && !text.isBlank()) {
                    continue;
                }
                for (String part : text.length() > 120 ? LABEL_WITHIN.split(piece) : new String[]{piece}) {
                    split(tidy, line.number(), part);
                }
            }
        }
        return tidy;
    }

    private static void split(List<Line> tidy, int number, String text) {
        if (text.length() <= RUN_ON) {
            tidy.add(new Line(number, text));
            return;
        }
        int from = 0;
        Integer major = null;
        Integer minor = null;
        Matcher m = NUMBER_WITHIN.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            Integer b = m.group(2) == null ? null : Integer.parseInt(m.group(2));
            if (inOrder(major, minor, a, b)) {
                if (m.start() > from) {
                    tidy.add(new Line(number, text.substring(from, m.start()).strip()));
                }
                from = m.start();
                major = a;
                minor = b;
            }
        }
        tidy.add(new Line(number, text.substring(from).strip()));
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
