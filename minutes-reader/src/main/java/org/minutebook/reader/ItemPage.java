package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A ModernGov item's own page (mgAi.aspx): "Agenda item", its title where the page prints one, its agenda text, a
 * "Minutes:" mark where the page has one, then the minute, and "Supporting documents:" below. One item: numbers
 * within it ("1. Make the decisions in private …", "Item 6") are its paragraphs', never items of their own.
 */
final class ItemPage {

    private static final String OPENING = "agenda item";
    private static final String DOCUMENTS = "supporting documents:";

    private ItemPage() {
    }

    static boolean fits(List<Line> lines) {
        return lines.stream().filter(line -> !line.blank()).findFirst()
                .map(line -> line.text().strip().toLowerCase(Locale.ROOT).equals(OPENING)).orElse(false);
    }

    static PageLayout read(List<Line> lines) {
        int opening = next(lines, 0);
        int first = next(lines, opening + 1);
        String title = null;
        if (first < lines.size() && titled(lines.get(first).text().strip())) {
            title = lines.get(first).text().strip();
            first++;
        }
        List<Line> body = new ArrayList<>();
        for (Line line : lines.subList(Math.min(first, lines.size()), lines.size())) {
            if (line.text().strip().toLowerCase(Locale.ROOT).startsWith(DOCUMENTS)) {
                break;
            }
            body.add(line);
        }
        ItemText item = GeneralPage.item(null, title, body, lines.get(opening).number());
        return PageLayout.of(List.of(), PageLayout.nonEmpty(List.of(item)), List.of());
    }

    /** A title, not the minute's first sentence: "Apologies were received from …" is no title. */
    private static boolean titled(String text) {
        return !text.endsWith(".") && !GeneralPage.isSentence(text) && !AgendaWording.reads(text)
                && text.split("\\s+").length <= 40;
    }

    private static int next(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }
}
