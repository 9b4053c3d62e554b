package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page whose items are the rows of a table, as text: "Title Agenda text Minutes: the minute… |", each row ended
 * by a "|" line, or opened by a line of its own title and "Minutes:" where the saving lost the ends. The title and the agenda text run together on the row's first line (see {@link TitleAndAgenda});
 * a minute the page cuts short ends "... view the full minutes text for item 130.", which also gives the number.
 */
final class TableRowsPage {

    private static final Pattern CUT_OFF = Pattern.compile(
            "\\s*(?:\\.\\.\\.|…)\\s*view the full minutes text for item\\s+(\\d+[a-z]?)\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private TableRowsPage() {
    }

    static boolean fits(List<Line> lines) {
        long ends = lines.stream().filter(line -> isRowEnd(line.text())).count();
        // rows whose ends the saving lost: "Apologies for Absence Minutes: There were no apologies …", a row a line
        long titled = lines.stream().filter(line -> titledRow(line.text())).count();
        return (ends >= 2 || titled >= 2) && lines.stream().anyMatch(line -> MinutesMark.within(line.text()) >= 0);
    }

    /** A row's title, then its minute, on one line. */
    private static boolean titledRow(String text) {
        int mark = MinutesMark.within(text);
        return mark > 0 && text.substring(0, mark).strip().split("\\s+").length <= 25;
    }

    static PageLayout read(List<Line> lines) {
        int start = Math.max(0, HeadingEnd.after(lines));
        List<ItemText> items = new ArrayList<>();
        List<Line> row = new ArrayList<>();
        for (Line line : lines.subList(start, lines.size())) {
            String text = line.text().strip();
            boolean ends = isRowEnd(text);
            String words = ends ? text.substring(0, text.length() - 1).strip() : text;
            if (MinutesMark.within(words) >= 0 && row.stream().anyMatch(l -> MinutesMark.within(l.text()) >= 0)) {
                // a second "Minutes:" opens the next row, where the page lost the row's end
                items.add(item(row));
                row = new ArrayList<>();
            }
            if (!words.isEmpty()) {
                row.add(new Line(line.number(), words));
            }
            if (ends && !row.isEmpty()) {
                items.add(item(row));
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            items.add(item(row));
        }
        return PageLayout.of(lines.subList(0, start), PageLayout.nonEmpty(items), List.of());
    }

    private static boolean isRowEnd(String text) {
        return text.equals("|") || text.endsWith(" |");
    }

    private static ItemText item(List<Line> row) {
        ItemText item = new ItemText(row.get(0).number());
        StringBuilder head = new StringBuilder();
        boolean inMinutes = false;
        for (Line line : row) {
            String text = line.text();
            if (!inMinutes) {
                int mark = MinutesMark.within(text);
                if (mark < 0) {
                    head.append(' ').append(text);
                    continue;
                }
                head.append(' ').append(text, 0, mark);
                text = text.substring(MinutesMark.end(text));
                inMinutes = true;
            }
            Matcher cut = CUT_OFF.matcher(text);
            if (cut.find()) {
                item.cutOff = true;
                item.number = cut.group(1);
                text = text.substring(0, cut.start());
            }
            if (!text.isBlank()) {
                item.minute.add(new Paragraph(line.number(), text));
            }
        }
        // a title ends at its document ("… Ripple PDF 173 KB Outline application for …")
        int document = Documents.markAt(head.toString());
        String titled = document > 0 ? head.substring(0, document) : head.toString();
        String rest = Documents.takeFrom(head.toString(), item.documents);
        TitleAndAgenda split = document > 0 ? new TitleAndAgenda(Paragraph.tidy(titled), Paragraph.tidy(rest
                .substring(Math.min(rest.length(), Paragraph.tidy(titled).length())))) : TitleAndAgenda.of(rest);
        if (split.agendaText() != null && split.agendaText().isEmpty()) {
            split = new TitleAndAgenda(split.title(), null);
        }
        item.title = split.title();
        if (split.agendaText() != null) {
            item.agenda.add(new Paragraph(row.get(0).number(), split.agendaText()));
        }
        return item;
    }
}
