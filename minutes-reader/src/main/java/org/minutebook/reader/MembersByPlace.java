package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum's members listed by the place each stands for ("Westerton: Alan Reid, Apologies from Joan Bell"):
 * a form where the label before the names is a place, not an office.
 */
final class MembersByPlace {

    static final Pattern PLACE_GROUP = Pattern.compile("^(?<place>\\p{Lu}[\\p{L}’'&,\\- ]{1,60}?)\\s*:\\s*"
            + "(?<people>(?:(?i:apologies from|no )|\\p{Lu}).*)$");

    private static final Pattern APOLOGIES_FROM = Pattern.compile("(?i)^apologies (?:received )?from\\s+(?<names>.+)$");

    private static final Pattern NO_ONE_SENT = Pattern.compile("(?i)^no (?:rep(?:resentative)?s?|one|working \\w+|"
            + "members?)\\b.*$");

    /**
     * "Westerton: Alan Reid, Apologies from Joan Bell", "Millbank and Stow: No rep": a forum's members by the place
     * each stands for. The place is no one but whom each stands for; those named came, those after "Apologies
     * from" sent apologies.
     */
    static void byPlace(int line, String place, String people, boolean staffListedApart,
                                MeetingReading meeting) {
        for (String part : people.split(",\\s*(?=(?i:apologies)\\b)")) {
            Matcher apologised = APOLOGIES_FROM.matcher(part.strip());
            if (apologised.matches()) {
                EntryPeople.people(apologised.group("names"), AttendanceLists.Kind.APOLOGIES).forEach(person -> Attending.attend(AttendanceLists.Kind.APOLOGIES,
                        staffListedApart, line, standingFor(place, person), meeting));
            } else if (!NO_ONE_SENT.matcher(part.strip()).matches()) {
                EntryPeople.people(part, AttendanceLists.Kind.PRESENT).forEach(person -> Attending.attend(AttendanceLists.Kind.PRESENT, staffListedApart, line,
                        standingFor(place, person), meeting));
            }
        }
    }

    /**
     * "Alan Reid" for Westerton is "Alan Reid (Westerton)"; an office of hers stands instead ("Mary Scott (MS) (Forum
     * Chair)"), and the letters the minutes go on to call her by are no part of her.
     */
    private static Person standingFor(String place, Person person) {
        return person.role() == null || person.role().matches("[A-Z]{2,4}")
                ? new Person(null, person.name(), place.strip()) : person;
    }

    /** A place or body a group of members stands for: no title, office, or label of a list. */
    static boolean standsForAPlace(String words) {
        return !ListNames.isOffice(words) && ListLabels.labelOf(words + ":") == null && !words.matches("(?i).*\\b(?:" + ListNames.TITLE_WORDS
                + "|members?|officers?|staff|present|apolog\\w*|public|attendance|guests?|visitors?|also)\\b.*")
                && !ListNames.OFFICE_WORD.matcher(words).find();
    }

    private MembersByPlace() {
    }
}
