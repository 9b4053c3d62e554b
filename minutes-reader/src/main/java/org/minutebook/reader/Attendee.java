package org.minutebook.reader;

import org.minutebook.events.Person;

/** Someone the page records at the meeting, or absent from it, with the line that says so. */
public sealed interface Attendee {

    int line();

    Person person();

    /** A member listed as present. */
    record Present(int line, Person person) implements Attendee {
    }

    /** A member who sent apologies ("Apologies were received from Cllr Rae Bhatia"). */
    record Apology(int line, Person person) implements Attendee {
    }

    /** A substitute, and the member substituted for when the page names them. */
    record Substitute(int line, Person person, Person forMember) implements Attendee {
    }

    /** An apology for earlier absences ("apologised for being absent for the previous two meetings"). */
    record EarlierAbsence(int line, Person person, String absences) implements Attendee {
    }

    /** An officer who spoke, presented or answered at the meeting, or was listed in attendance. */
    record Officer(int line, Person person) implements Attendee {
    }

    /** Someone else in attendance: an executive member, a co-optee, a speaker; in the capacity the page gives. */
    record Guest(int line, Person person, String capacity) implements Attendee {
    }
}
