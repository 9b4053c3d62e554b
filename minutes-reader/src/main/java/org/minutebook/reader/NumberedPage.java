package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * A ModernGov "Agenda and minutes" page: each item a number on its own line, its title on the next, its agenda
 * text, then "Minutes:" and the minute, one paragraph a line. Lines before the first number (a webcast notice)
 * are an item without a number.
 */
final class NumberedPage {

    private NumberedPage() {
    }

    static boolean fits(List<Line> lines) {
        int start = Math.max(0, HeadingEnd.after(lines));
        String previous = null;
        int numbers = 0;
        for (Line line : lines.subList(start, lines.size())) {
            String number = ItemNumbers.numberOn(line.text());
            if (number != null && ItemNumbers.follows(number, previous)) {
                previous = number;
                // a page of one item, as a cut page may be, numbered in ModernGov's prefixed form
                numbers += ItemNumbers.prefixed(number) ? 2 : 1;
            }
        }
        return numbers >= 2;
    }

    static PageLayout read(List<Line> lines) {
        int start = HeadingEnd.after(lines);
        if (start < 0) {
            start = firstNumber(lines);
        }
        List<ItemText> items = new ArrayList<>();
        ItemText current = null;
        boolean inMinutes = false;
        boolean expectTitle = false;
        String previous = null;
        for (Line line : lines.subList(start, lines.size())) {
            if (line.blank()) {
                continue;
            }
            String text = line.text().strip();
            String number = ItemNumbers.numberOn(text);
            if (number != null && ItemNumbers.follows(number, previous)) {
                current = new ItemText(line.number());
                current.number = number;
                previous = number;
                items.add(current);
                inMinutes = false;
                expectTitle = true;
                continue;
            }
            if (current == null) {
                current = new ItemText(line.number());
                items.add(current);
                expectTitle = true;
            }
            if (MinutesMark.opens(text)) {
                inMinutes = true;
                expectTitle = false;
                String rest = MinutesMark.after(text);
                if (!rest.isEmpty()) {
                    current.minute.add(new Paragraph(line.number(), rest));
                }
            } else if (expectTitle) {
                current.title = Documents.takeFrom(text, current.documents);
                expectTitle = false;
            } else if (inMinutes) {
                current.minute.add(new Paragraph(line.number(), text));
            } else {
                String rest = Documents.takeFrom(text, current.documents);
                if (!rest.isEmpty()) {
                    current.agenda.add(new Paragraph(line.number(), rest));
                }
            }
        }
        // the lists of who attended over the first item ("Present:", "Also Present:", "Officers:"), as any page's head
        List<Line> heading = new ArrayList<>();
        List<PageLayout.AttendanceList> lists = GeneralPage.head(lines.subList(0, start), heading);
        return new PageLayout(heading, List.of(), lists, PageLayout.nonEmpty(items), List.of(), List.of());
    }

    private static int firstNumber(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (ItemNumbers.numberOn(lines.get(i).text()) != null) {
                return i;
            }
        }
        return 0;
    }
}
