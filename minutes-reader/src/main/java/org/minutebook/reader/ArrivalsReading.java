package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members who came late or left early, as minutes note them within the item it happened in: "(At 6:34pm, during
 * the consideration of this item, Councillor Wilkinson entered the meeting.)", "Councillor Prime joined the meeting
 * at 9:11 am", "Councillor Smith left the meeting", "Councillor Clayden had to leave at this point". Leaving the room for an item one has declared an interest in is
 * not leaving the meeting.
 */
final class ArrivalsReading {

    private static final Pattern ARRIVED = Pattern.compile("(?<who>" + Movers.WHO + ")\\s+(?:entered|joined|arrived at|"
            + "came into)\\s+the meeting\\b");
    /** "There was an apology from Councillor Willow-Jean Prime for lateness." */
    private static final Pattern LATENESS = Pattern.compile("(?i:apolog(?:y|ies)\\b[^.]*?\\bfrom\\s+)(?<who>"
            + Movers.WHO + ")\\s+for lateness\\b");
    /** "Councillor Smith left the meeting", "Councillor Clayden had to leave at this point", "… left at 8.30pm". */
    private static final Pattern LEFT = Pattern.compile("(?<who>" + Movers.WHO + ")\\s+(?:left|departed from|departed|"
            + "had to leave)\\s+(?:the meeting\\b|at this point\\b|at \\d)");

    private ArrivalsReading() {
    }

    static void read(ItemReading item) {
        for (Person late : item.meeting.arrivedLate) {
            item.facts.add(new ItemFact.LateArrival(item.item.line, late));
        }
        item.meeting.arrivedLate.clear();
        for (int p = 0; p < item.paragraphs.size(); p++) {
            for (String sentence : Sentences.of(item.text(p))) {
                Matcher lateness = LATENESS.matcher(sentence);
                if (lateness.find()) {
                    item.fact(p, new ItemFact.LateArrival(item.line(p), member(lateness)));
                }
                Matcher arrived = ARRIVED.matcher(sentence);
                if (arrived.find() && !alreadyLate(item, member(arrived))) {
                    item.fact(p, new ItemFact.LateArrival(item.line(p), member(arrived)));
                }
                Matcher left = LEFT.matcher(sentence);
                if (left.find()) {
                    item.fact(p, new ItemFact.EarlyDeparture(item.line(p), member(left)));
                }
            }
        }
    }

    /** "Councillor Willow-Jean Prime", late, then "Councillor Prime joined the meeting": one arrival. */
    private static boolean alreadyLate(ItemReading item, Person member) {
        String surname = surname(member);
        return item.facts.stream().anyMatch(fact -> fact instanceof ItemFact.LateArrival late
                && surname(late.member()).equalsIgnoreCase(surname));
    }

    private static String surname(Person person) {
        String[] words = person.name().split("[\\s-]+");
        return words[words.length - 1];
    }

    private static Person member(Matcher m) {
        return new Person(null, m.group("who").strip(), null);
    }
}
