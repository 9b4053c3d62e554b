package org.minutebook.command.imports;

import org.minutebook.reader.Item;
import org.minutebook.reader.MeetingDetails;
import org.minutebook.reader.PublishedMinutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The report's account of a page: the facts recognised, by kind, and the paragraphs left as words. */
final class Recognised {

    private Recognised() {
    }

    static Map<String, Integer> byKind(PublishedMinutes page) {
        Map<String, Integer> kinds = new TreeMap<>();
        MeetingDetails meeting = page.meeting();
        count(kinds, "Committee", meeting.committee());
        count(kinds, "Council", meeting.council());
        count(kinds, "Date", meeting.date());
        count(kinds, "StartTime", meeting.startsAt());
        count(kinds, "CloseTime", meeting.closedAt());
        count(kinds, "Venue", meeting.venue());
        count(kinds, "Chair", meeting.chair());
        meeting.contacts().forEach(contact -> count(kinds, "Contact", contact));
        page.attendance().forEach(attendee -> count(kinds, attendee.getClass().getSimpleName(), attendee));
        for (Item item : allItems(page)) {
            count(kinds, "AgendaItem", item);
            count(kinds, "Minute", item.minute().isEmpty() ? null : item);
            item.facts().forEach(fact -> count(kinds, fact.factName(), fact));
        }
        return kinds;
    }

    static List<ImportReport.LeftAsText> leftAsText(PublishedMinutes page) {
        List<ImportReport.LeftAsText> left = new ArrayList<>();
        for (Item item : allItems(page)) {
            String name = item.number() != null ? item.number() : item.title();
            item.plainText().forEach(text -> left.add(new ImportReport.LeftAsText(name, text.line(), text.text())));
        }
        return left;
    }

    static List<Item> allItems(PublishedMinutes page) {
        List<Item> items = new ArrayList<>();
        for (Item item : page.items()) {
            items.add(item);
            items.addAll(item.parts());
        }
        return items;
    }

    private static void count(Map<String, Integer> kinds, String kind, Object fact) {
        if (fact != null) {
            kinds.merge(kind, 1, Integer::sum);
        }
    }
}
