package org.minutebook.reader;

import org.minutebook.events.agenda.AgendaDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * An item as the page lays it out, before its business is read: number, title, agenda text and minute paragraphs.
 * Each shape of page fills these in its own way; the business is then read the same way for all of them.
 */
final class ItemText {

    final int line;
    String number;
    String title;
    final List<Paragraph> agenda = new ArrayList<>();
    final List<AgendaDocument> documents = new ArrayList<>();
    final List<Paragraph> minute = new ArrayList<>();
    final List<ItemText> parts = new ArrayList<>();
    boolean cutOff;

    ItemText(int line) {
        this.line = line;
    }

    String agendaText() {
        return agenda.isEmpty() ? null
                : Paragraph.tidy(String.join(" ", agenda.stream().map(Paragraph::text).toList()));
    }

    boolean isEmpty() {
        return number == null && title == null && agenda.isEmpty() && minute.isEmpty() && documents.isEmpty();
    }
}
