package org.minutebook.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * A ModernGov page printed without numbers, and often without titles: agenda text, then the minute, item after
 * item. An item begins with agenda wording ({@link AgendaWording}), with a titled document ("… pdf icon PDF 238
 * KB"), or with a minute that has no item before it. A titled document after a minute that ends "as follows:"
 * is a part of that item. A "Minutes:" mark, where the page has them, opens the minute. Where the page has no
 * such marks, a title standing alone on its line ("Matters Arising", not a sentence) after an item's minute, or
 * before any item, opens the next item: its minute follows it.
 */
final class UnnumberedPage {

    private UnnumberedPage() {
    }

    static PageLayout read(List<Line> lines) {
        int start = Math.max(0, HeadingEnd.after(lines));
        List<ItemText> items = new ArrayList<>();
        ItemText item = null;
        ItemText current = null;
        boolean inMinutes = false;
        boolean hasMarks = lines.stream().anyMatch(line -> MinutesMark.opens(line.text().strip()));
        for (Line line : lines.subList(start, lines.size())) {
            if (line.blank()) {
                continue;
            }
            String text = line.text().strip();
            if (MinutesMark.opens(text) && current != null) {
                inMinutes = true;
                String rest = MinutesMark.after(text);
                if (!rest.isEmpty()) {
                    current.minute.add(new Paragraph(line.number(), rest));
                }
            } else if (Documents.marks(text) && !text.toLowerCase().startsWith("additional documents")) {
                ItemText titled = new ItemText(line.number());
                titled.title = Documents.takeFrom(text, titled.documents);
                if (item != null && endsAsFollows(item)) {
                    item.parts.add(titled);
                } else {
                    item = titled;
                    items.add(item);
                }
                current = titled;
                inMinutes = false;
            } else if (Documents.marks(text) && current != null) {
                Documents.takeFrom(text, current.documents);
            } else if (AgendaWording.reads(text)) {
                if (current != null && current.agenda.isEmpty() && current.minute.isEmpty()) {
                    current.agenda.add(new Paragraph(line.number(), text));
                    continue;
                }
                item = new ItemText(line.number());
                item.agenda.add(new Paragraph(line.number(), text));
                items.add(item);
                current = item;
                inMinutes = false;
            } else if (!hasMarks && standsAsTitle(text) && (current == null || !current.minute.isEmpty())) {
                item = new ItemText(line.number());
                item.title = text;
                items.add(item);
                current = item;
                inMinutes = false;
            } else {
                if (current == null) {
                    item = new ItemText(line.number());
                    items.add(item);
                    current = item;
                }
                current.minute.add(new Paragraph(line.number(), text));
                inMinutes = true;
            }
        }
        return PageLayout.of(lines.subList(0, start), PageLayout.nonEmpty(items), List.of());
    }

    /** A few words that no sentence of a minute could be: no verb of the minute, no closing stop or colon. */
    private static boolean standsAsTitle(String text) {
        return text.split("\\s+").length <= 10 && Character.isUpperCase(text.charAt(0)) && !text.matches(".*[.:;,]$")
                && !GeneralPage.isSentence(text) && GeneralPage.isTitle(text) && !ListNames.looksLikeName(text);
    }

    private static boolean endsAsFollows(ItemText item) {
        if (!item.parts.isEmpty()) {
            return true;
        }
        if (item.minute.isEmpty()) {
            return false;
        }
        String last = item.minute.get(item.minute.size() - 1).text();
        return last.endsWith(":");
    }
}
