package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minutes that neither number nor title their items on lines of their own open each paragraph with its heading in
 * capitals, run into the minute: "FINANCE. A cheque was signed …", "APOLOGIES FOR ABSENCE were received from …".
 * Each such heading is printed on a line of its own, so that the page reads as one whose headings stand alone. A
 * heading run into a sentence keeps its words in the minute too ("APOLOGIES FOR ABSENCE were received from …" is
 * the whole sentence); one closed by its stop gives the minute only what follows it.
 */
final class RunInHeadings {

    /** Capitals of two letters or more, a word or more, then a stop and the minute, or a word in lower case. */
    private static final Pattern RUN_IN = Pattern.compile("^(?<heading>[A-Z][A-Z’'&/-]+(?:\\s+[A-Z][A-Z’'&/-]*)*)"
            + "(?:(?<stop>\\.)\\s+(?=[A-Z(])|\\s+(?=[a-z]))");
    /** Words in capitals that open a sentence of the minute, not a heading: its decisions, its members. */
    private static final Pattern NOT_A_HEADING = Pattern.compile("^(?:RESOLVED|AGREED|NOTED|CARRIED|LOST|MOVED|"
            + "SECONDED|PROPOSED|THAT|COUNCILLORS?|CLLRS?|MR|MRS|MS|DR|THE (?:CHAIR|MAYOR|CLERK))\\b");
    /** A page shows the form by more than one paragraph; a single one is a word in capitals, not a layout. */
    private static final int FEWEST = 2;

    private RunInHeadings() {
    }

    static List<Line> apart(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size() + 8);
        int found = 0;
        for (Line line : lines) {
            Matcher m = runIn(line);
            if (m == null) {
                out.add(line);
                continue;
            }
            found++;
            String text = line.text().strip();
            out.add(new Line(line.number(), m.group("heading")));
            out.add(new Line(line.number(), m.group("stop") != null ? text.substring(m.end()) : text));
        }
        return found >= FEWEST ? out : lines;
    }

    private static Matcher runIn(Line line) {
        String text = line.text().strip();
        Matcher m = RUN_IN.matcher(text);
        if (!m.find() || Heading.isMinutesSentence(text) || ListLabels.labelOf(text) != null) {
            return null;
        }
        String heading = m.group("heading");
        boolean letters = heading.replaceAll("[^A-Z]", "").length() >= 5;
        return letters && !NOT_A_HEADING.matcher(heading).matches() ? m : null;
    }
}
