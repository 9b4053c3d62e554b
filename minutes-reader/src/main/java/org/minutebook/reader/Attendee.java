package org.minutebook.reader;

import org.minutebook.events.Person;

/** Someone the page records at the meeting, or absent from it, with the line that says so. */
public sealed interface Attendee {

    int line();

    /** Answers a question of every kind of attendee: a new kind that a visitor does not answer fails to compile. */
    <R> R accept(Visitor<R> visitor);

    /** One answer per kind of attendee. */
    interface Visitor<R> {

        R present(Present attendee);

        R apology(Apology attendee);

        R substitute(Substitute attendee);

        R earlierAbsence(EarlierAbsence attendee);

        R officer(Officer attendee);

        R guest(Guest attendee);
    }

    Person person();

    /** A member listed as present. */
    record Present(int line, Person person) implements Attendee {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.present(this);
        }
    }

    /** A member who sent apologies ("Apologies were received from Cllr Rae Bhatia"). */
    record Apology(int line, Person person) implements Attendee {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.apology(this);
        }
    }

    /** A substitute, and the member substituted for when the page names them. */
    record Substitute(int line, Person person, Person forMember) implements Attendee {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.substitute(this);
        }
    }

    /** An apology for earlier absences ("apologised for being absent for the previous two meetings"). */
    record EarlierAbsence(int line, Person person, String absences) implements Attendee {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.earlierAbsence(this);
        }
    }

    /** An officer who spoke, presented or answered at the meeting, or was listed in attendance. */
    record Officer(int line, Person person) implements Attendee {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.officer(this);
        }
    }

    /** Someone else in attendance: an executive member, a co-optee, a speaker; in the capacity the page gives. */
    record Guest(int line, Person person, String capacity) implements Attendee {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.guest(this);
        }
    }
}
