package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minutes printed as a document (the text of a PDF): a heading sentence ("Minutes of a meeting of … held at … on
 * …"), a PRESENT list, numbered items each with a title and a minute wrapped into lines, and a closing block with
 * the times and the chairman's signature. The layout of a PDF can drop an item's number among the names present:
 * such a number is kept for the first item, with a warning.
 */
final class PrintedPage {

    private static final Pattern PRESENT = Pattern.compile("^\\s*(?:PRESENT|Present)\\b\\s*:?\\s*(.*)$");
    /** Lists that follow PRESENT: "Also present:", "In attendance:", "Officers:", "Apologies:". */
    private static final Pattern ATTENDANCE_HEADING = Pattern.compile("^\\s*(?i:also (?:present|in attendance)|in "
            + "attendance|officers?(?: present| in attendance)?|apolog(?:y|ies)(?: for absence)?)\\s*(?::|$)");
    /** "1. Apologies for Absence": a number and its title on one line, as word processors print them. */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\s*(?<number>\\d{1,3}[a-z]?)[.)]?\\s+"
            + "(?<title>[A-Z][^.]{2,120}\\.?)\\s*$");
    private static final int MOST_WORDS_IN_A_TITLE = 14;
    private static final Pattern OPENING = Pattern.compile("^\\s*Minutes? of (?:a|the) meeting of\\b",
            Pattern.CASE_INSENSITIVE);
    /** The closing block: times, a date alone, the signature. */
    private static final Pattern TRAILER = Pattern.compile("^\\s*(?:\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?\\s*[–—-]\\s*"
            + "\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?|\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \\d{4}|CHAIRMAN|CHAIR|Chairman|"
            + "Chair|Signed:?.*|Date:?)\\s*$");

    private PrintedPage() {
    }

    static boolean fits(List<Line> lines) {
        return lines.stream().anyMatch(line -> PRESENT.matcher(line.text()).matches()
                && line.text().strip().toUpperCase().startsWith("PRESENT"))
                || lines.stream().filter(line -> !line.blank()).findFirst()
                .map(line -> OPENING.matcher(line.text()).find()).orElse(false);
    }

    static PageLayout read(List<Line> lines) {
        List<ReadingWarning> warnings = new ArrayList<>();
        int presentAt = presentLine(lines);
        int i = presentAt < 0 ? 0 : presentAt + 1;
        List<Line> present = new ArrayList<>();
        if (presentAt >= 0) {
            String onSameLine = PRESENT.matcher(lines.get(presentAt).text()).replaceFirst("$1");
            if (!onSameLine.isBlank()) {
                present.add(new Line(lines.get(presentAt).number(), onSameLine));
            }
        }
        String strayNumber = null;
        int strayLine = 0;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            String number = ItemNumbers.numberOn(line.text());
            if (number != null) {
                strayNumber = number;
                strayLine = line.number();
            } else if (presentAt >= 0 && (Names.listsPeople(line.text())
                    || ATTENDANCE_HEADING.matcher(line.text()).find() || namesUnderTheLabel(present, line))) {
                present.add(line);
            } else {
                break;
            }
        }
        List<Line> heading = lines.subList(0, presentAt < 0 ? 0 : presentAt);
        List<Line> body = new ArrayList<>(lines.subList(i, lines.size()));
        List<Line> trailer = trailer(body);
        int width = Reflow.width(body);
        List<ItemText> items = items(body, width, strayNumber);
        if (strayNumber != null && !present.isEmpty() && present.get(present.size() - 1).number() > strayLine) {
            warnings.add(new ReadingWarning(strayLine, "The number " + strayNumber + " stands among the members"
                    + " present; it is read as the number of the first item"));
        }
        if (presentAt < 0) {
            heading = List.of();
        }
        return new PageLayout(heading.isEmpty() ? headingSentence(lines) : heading, present, List.of(), items, trailer,
                warnings);
    }

    /**
     * A list's names on the lines under its label printed alone ("PRESENT" or "IN ATTENDANCE" over "Councillors Garry
     * Carter, Dominic King (Mayor) … and Toni Wright-Turner."), however the list is written.
     */
    private static boolean namesUnderTheLabel(List<Line> present, Line line) {
        boolean underLabel = present.isEmpty() || ATTENDANCE_HEADING.matcher(present.get(present.size() - 1).text())
                .find() && ListLabels.afterLabel(present.get(present.size() - 1).text()).isBlank();
        return underLabel && AttendanceLists.isEntry(line.text()) && ItemNumbers.numberOn(line.text()) == null;
    }

    private static int presentLine(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (PRESENT.matcher(lines.get(i).text()).matches()
                    && lines.get(i).text().strip().toUpperCase().startsWith("PRESENT")) {
                return i;
            }
        }
        return -1;
    }

    private static List<Line> headingSentence(List<Line> lines) {
        List<Line> heading = new ArrayList<>();
        for (Line line : lines) {
            if (line.blank() && !heading.isEmpty()) {
                break;
            }
            if (!line.blank()) {
                heading.add(line);
            }
        }
        return heading;
    }

    /** Takes the closing block off the end of the body. */
    private static List<Line> trailer(List<Line> body) {
        int end = body.size();
        while (end > 0 && (body.get(end - 1).blank() || TRAILER.matcher(body.get(end - 1).text()).matches())) {
            end--;
        }
        List<Line> trailer = new ArrayList<>(body.subList(end, body.size()));
        body.subList(end, body.size()).clear();
        return trailer;
    }

    private static List<ItemText> items(List<Line> body, int width, String firstNumber) {
        List<ItemText> items = new ArrayList<>();
        ItemText current = null;
        List<Line> minute = new ArrayList<>();
        String previous = null;
        Line before = null;
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            String number = ItemNumbers.numberOn(line.text());
            boolean standsAlone = before == null || before.blank() || before.text().strip().matches(".*[.:;?!)]$");
            Matcher titled = NUMBERED_TITLE.matcher(line.text());
            if (titled.matches() && standsAlone && ItemNumbers.follows(titled.group("number"), previous)
                    && titled.group("title").split(" ").length <= MOST_WORDS_IN_A_TITLE) {
                finish(current, minute, width);
                current = new ItemText(line.number());
                current.number = titled.group("number");
                current.title = Documents.takeFrom(titled.group("title"), current.documents);
                previous = current.number;
                items.add(current);
                before = line;
                continue;
            }
            if (number != null && standsAlone && ItemNumbers.follows(number, previous)
                    && (current != null || firstNumber == null)) {
                finish(current, minute, width);
                current = new ItemText(line.number());
                current.number = number;
                previous = number;
                items.add(current);
                i = title(body, i + 1, current, width);
                before = body.get(Math.min(i, body.size() - 1));
                continue;
            }
            if (current == null && !line.blank()) {
                current = new ItemText(line.number());
                current.number = firstNumber;
                previous = firstNumber;
                items.add(current);
                i = title(body, i, current, width);
                before = body.get(Math.min(i, body.size() - 1));
                continue;
            }
            if (current != null) {
                minute.add(line);
            }
            before = line;
        }
        finish(current, minute, width);
        return PageLayout.nonEmpty(items);
    }

    /** Reads the title from line {@code from} (two lines when the first is wrapped); answers the last title line. */
    private static int title(List<Line> body, int from, ItemText item, int width) {
        int i = from;
        while (i < body.size() && body.get(i).blank()) {
            i++;
        }
        if (i >= body.size()) {
            return i;
        }
        String first = body.get(i).text().strip();
        String title = first;
        if (!first.endsWith(".") && first.length() >= width * 3 / 4 && i + 1 < body.size()
                && !body.get(i + 1).blank()) {
            title = first + " " + body.get(i + 1).text().strip();
            i++;
        }
        item.title = Documents.takeFrom(title, item.documents);
        return i;
    }

    private static void finish(ItemText item, List<Line> minute, int width) {
        if (item != null) {
            item.minute.addAll(Reflow.paragraphs(minute, width));
        }
        minute.clear();
    }
}
