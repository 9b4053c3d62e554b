package org.minutebook.reader;

import org.minutebook.events.Person;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** What the reading gathers about the meeting as a whole while it reads the items: attendance, close, chair. */
final class MeetingReading {

    final List<Attendee> attendance = new ArrayList<>();
    final List<ReadingWarning> warnings = new ArrayList<>();
    final String committee;
    /** The meeting's day, as its heading gives it, or null. */
    LocalDate date;
    LocalTime closedAt;
    Person chairNamed;
    Person chairMentioned;
    /**
     * Members a list of those present marks late ("Price (arrived at 7.10pm)"): the page does not say in which item,
     * so their arrival is recorded in the first item read.
     */
    final List<Person> arrivedLate = new ArrayList<>();

    MeetingReading(String committee) {
        this.committee = committee;
    }

    /** Officers the minutes show speaking, by office: attending only where the page records attendance at all. */
    private final List<Attendee> seenSpeaking = new ArrayList<>();

    void seenSpeaking(Attendee officer) {
        seenSpeaking.add(officer);
    }

    /**
     * The officers seen speaking, once the whole page is read: a page that records no one's attendance or absence
     * (a single item's page, a record of one decision) does not record who attended, and an officer its minute
     * shows speaking would be the meeting's only attendee.
     */
    List<Attendee> attendance() {
        if (!attendance.isEmpty()) {
            seenSpeaking.forEach(this::attend);
        }
        seenSpeaking.clear();
        return attendance;
    }

    /** Records someone once: the same person in the same capacity, mentioned again, is the same fact. */
    void attend(Attendee attendee) {
        boolean known = attendance.stream().anyMatch(a -> a.getClass() == attendee.getClass()
                && a.person().sameAs(attendee.person()));
        boolean alreadyPresent = attendee instanceof Attendee.Guest || attendee instanceof Attendee.Officer
                ? attendance.stream().anyMatch(a -> (a instanceof Attendee.Present || a instanceof Attendee.Officer
                || a instanceof Attendee.Guest) && (a.person().sameAs(attendee.person())
                || holdsTheOffice(a.person(), attendee.person())))
                : known;
        if (!known && !alreadyPresent) {
            attendance.add(attendee);
        }
    }

    /**
     * "The Chief Executive advised" after "J A McLaughlin (Chief Executive)" was listed: an officer the minute names
     * only by office is the one listed with that office, not someone else.
     */
    private static boolean holdsTheOffice(Person listed, Person byOffice) {
        return byOffice.name() == null && byOffice.role() != null && listed.role() != null
                && listed.role().strip().equalsIgnoreCase(byOffice.role().strip());
    }

    void warn(int line, String message) {
        warnings.add(new ReadingWarning(line, message));
    }
}
