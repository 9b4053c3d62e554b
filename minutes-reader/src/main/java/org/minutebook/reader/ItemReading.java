package org.minutebook.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One item while its business is read: its text, the facts found so far, and which paragraphs gave a fact. */
final class ItemReading {

    final ItemText item;
    final List<Paragraph> paragraphs;
    final MeetingReading meeting;
    final List<ItemFact> facts = new ArrayList<>();
    final Set<Integer> recognised = new HashSet<>();

    ItemReading(ItemText item, List<Paragraph> paragraphs, MeetingReading meeting) {
        this.item = item;
        this.paragraphs = paragraphs;
        this.meeting = meeting;
    }

    void fact(int paragraph, ItemFact fact) {
        facts.add(fact);
        recognised.add(paragraph);
    }

    /** The item's title and agenda text in lower case: what the item is about, as the agenda says. */
    String subject() {
        return ((item.title == null ? "" : item.title) + " " + (item.agendaText() == null ? "" : item.agendaText()))
                .toLowerCase(Locale.ROOT);
    }

    String titleLower() {
        return item.title == null ? "" : item.title.toLowerCase(Locale.ROOT);
    }

    boolean has(Class<? extends ItemFact> kind) {
        return facts.stream().anyMatch(kind::isInstance);
    }

    String text(int paragraph) {
        return paragraphs.get(paragraph).text();
    }

    int line(int paragraph) {
        return paragraphs.get(paragraph).line();
    }
}
