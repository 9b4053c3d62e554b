package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who each person read from a list attended as: member, officer, guest, apology, substitute, and who chaired —
 * the marks of the chair and of a substitute are read here, where the list's kind and the meeting are known.
 */
final class Attending {

    private static final Pattern CLAUSE = Pattern.compile("^(?:for|to|that|the|and|of|in|on|at|by|with|was|were|is|be|"
            + "has|had|which|who)\\s");

    private static final Pattern CHAIR_BEFORE_NAME = Pattern.compile(
            "^Chair(?:man|person|woman)?\\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?[A-Z]");

    static final Pattern CHAIR_NOTE = Pattern.compile("(?i)^(?:(?:in the |forum |board |panel |group )?"
            + "chair(?:man|woman|person)?|ch)$");

    /** "Cllr Sarah Warren attended as substitute", "Nitin Patel substituting": who stood in for the one absent. */
    private static final Pattern STOOD_IN_BY = Pattern.compile("^(?<substitute>.+?)(?:,\\s+[^,]+?)?\\s+(?:attended as "
            // "(Mr D Walker, Medical Director attended in his absence)": the one who stood in, the office aside
            + "(?:a )?substitute|substituting|substituted|as (?:a )?substitute|attending as (?:a )?substitute|"
            + "(?:attended|attending) in (?:his|her|their) (?:absence|place|stead))$");

    private static final Pattern SUBSTITUTE = Pattern.compile("(?i)^substitute for\\s+(?<for>.+)$");

    static Person attend(AttendanceLists.Kind kind, boolean staffListedApart, int line, Person read,
                                 MeetingReading meeting) {
        Person person = plausible(read);
        if (person == null) {
            return null;
        }
        if (kind == AttendanceLists.Kind.APOLOGIES) {
            return apology(line, person, meeting);
        }
        // "Cr F Wilson (Chairman)", "Cr F Wilson – Chairman": the member in the chair
        if (person.role() != null && CHAIR_NOTE.matcher(person.role().strip()).matches() && kind == AttendanceLists.Kind.PRESENT) {
            Person member = new Person(null, person.name(), null);
            if (meeting.chairNamed == null) {
                meeting.chairNamed = member;
            }
            meeting.attend(new Attendee.Present(line, member));
            return member;
        }
        String role = person.role() == null ? "" : person.role();
        Matcher substitute = SUBSTITUTE.matcher(role);
        if (substitute.matches()) {
            meeting.attend(new Attendee.Substitute(line, new Person(null, person.name(), null),
                    new Person(null, substitute.group("for").strip(), null)));
            return person;
        }
        boolean guestByCapacity = role.matches("(?i).*\\b(?:ward|observer|public|media)\\b.*")
                || person.name() != null && person.name().matches("^(?:(?:County|District|Borough) (?:Councill?or|Cllr)|PCSO)\\b.*");
        Attendee attendee = switch (kind) {
            case PRESENT -> guestByCapacity ? new Attendee.Guest(line, person, person.role())
                    : servesTheCouncil(person) ? new Attendee.Officer(line, person)
                    : headsTheListAsChair(person, meeting) ? chairs(line, person, meeting)
                    : new Attendee.Present(line, person);
            case APOLOGIES -> null;
            case OFFICERS -> new Attendee.Officer(line, person);
            case GUESTS -> new Attendee.Guest(line, person, person.role());
            // who chaired, and the officer who opened the meeting before them: the members present, the officer by office
            case CHAIR -> person.role() == null || isMember(person) ? chairs(line, person, meeting)
                    : new Attendee.Officer(line,
                    new Person(null, person.name(), person.role().replaceAll("\\s*\\((?:initially|until [^)]*)\\)", "")));
            case IN_ATTENDANCE -> guestByCapacity || staffListedApart || person.role() == null
                    && person.name() != null && person.name().matches("^(?:Cllr|Councillor|Cr)\\b.*")
                    ? new Attendee.Guest(line, person, person.role()) : new Attendee.Officer(line, person);
            case IGNORED -> null;
        };
        if (attendee != null) {
            meeting.attend(attendee);
        }
        return person;
    }

    /** A member by their title or their office: "Councillor J Montgomery", "(Mayor)", "Chairman Doug Leeder". */
    private static boolean isMember(Person person) {
        return person.name() != null && person.name().matches("^(?:Cllrs?|Councillors?|Crs?|Alderman|(?:The )?(?:Lord "
                + "|Metro |Deputy )?Mayor|(?:Deputy |Vice[- ])?Chair(?:man|person|woman)?)\\b.*")
                || person.role() != null && ListNames.BARE_OFFICE.matcher(person.role()).matches();
    }

    /**
     * "K.O'Donoghue (clerk)", "Mrs J Bratton (Clerk and Responsible Financial Officer)" listed among the members
     * present: the council's officer, however the page writes the office, since no councillor is titled so.
     */
    static boolean servesTheCouncil(Person person) {
        return person.role() != null && !isMember(person) && Offices.isOfficer(person.role());
    }

    /** "Present: Chairman C Wood, Cllr G Mahoney, …": the office printed into the name marks who chaired. */
    private static boolean headsTheListAsChair(Person person, MeetingReading meeting) {
        return meeting.chairNamed == null && person.role() == null && person.name() != null
                && CHAIR_BEFORE_NAME.matcher(person.name()).find();
    }

    /** The member named in the chair: present, and the meeting's chair unless the page named one already. */
    private static Attendee chairs(int line, Person person, MeetingReading meeting) {
        if (meeting.chairNamed == null) {
            // "PRESIDING: Councillor Larry Bannon, Mayor.": the office the chair holds, not a mark of who chaired
            meeting.chairNamed = new Person(null, person.name(), person.role() != null && !CHAIR_NOTE.matcher(
                    person.role().strip()).matches() && ListNames.BARE_OFFICE.matcher(person.role().strip()).matches()
                    ? person.role().strip() : null);
        }
        return new Attendee.Present(line, person);
    }

    static void replaceLast(MeetingReading meeting, Person last, Person withOffice) {
        for (int i = meeting.attendance.size() - 1; i >= 0; i--) {
            Attendee attendee = meeting.attendance.get(i);
            if (attendee.person() == last || attendee.person().equals(last)) {
                meeting.attendance.set(i, attendee instanceof Attendee.Guest
                        ? new Attendee.Guest(attendee.line(), withOffice, withOffice.role())
                        : new Attendee.Officer(attendee.line(), withOffice));
                return;
            }
        }
    }

    /**
     * An apology, and who stood in for the one absent where the bracket says so ("Cllr Kevin Guy (Cllr Sarah Warren
     * attended as substitute)", "Al Kingsley (Nitin Patel substituting)").
     */
    static Person apology(int line, Person person, MeetingReading meeting) {
        if (person.name() != null && CLAUSE.matcher(person.name()).lookingAt()) {
            return null;
        }
        Matcher standIn = STOOD_IN_BY.matcher(person.role() == null ? "" : person.role());
        if (!standIn.matches()) {
            meeting.attend(new Attendee.Apology(line, person));
            return person;
        }
        Person absent = new Person(null, person.name(), null);
        meeting.attend(new Attendee.Apology(line, absent));
        meeting.attend(new Attendee.Substitute(line, new Person(null, standIn.group("substitute").strip(), null),
                absent));
        return absent;
    }

    /**
     * What a list can say of someone, by construction: an office is a short phrase, never the sentences a list runs
     * on into ("Councillor N Trimble (welcomed those present to the remote meeting …)"); such words are dropped, and
     * an entry of an office alone that long names nobody.
     */
    private static Person plausible(Person read) {
        // "J A McLaughlin, (Chief Executive)": the brackets mark the office, they are no part of it
        Person person = read.role() != null && read.role().strip().matches("^\\([^()]+\\)$")
                ? new Person(read.id(), read.name(), read.role().strip().replaceAll("^\\(|\\)$", "")) : read;
        String role = person.role();
        boolean roleIsPhrase = role == null || role.split("\\s+").length <= 12 && !role.matches(".*\\p{Ll}[.;]\\s+\\p{Lu}.*");
        if (person.name() == null) {
            return roleIsPhrase ? person : null;
        }
        if (CLAUSE.matcher(person.name()).lookingAt()) {
            // "for the purpose of electing a Mayor": the words of the minute a list ran into, no one
            return null;
        }
        return roleIsPhrase ? person : new Person(person.id(), person.name(), null);
    }

    private Attending() {
    }
}
