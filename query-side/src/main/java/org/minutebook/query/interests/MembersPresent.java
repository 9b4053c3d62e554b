package org.minutebook.query.interests;

import org.minutebook.events.Person;
import org.minutebook.query.record.Fact;

import java.util.Optional;

/** The member an attendance fact says was present (a member, or a substitute in their place); none for the rest. */
final class MembersPresent implements Fact.Attendance.Visitor<Optional<Person>> {

    static final MembersPresent MEMBERS_PRESENT = new MembersPresent();

    @Override
    public Optional<Person> on(Fact.Present fact) {
        return Optional.ofNullable(fact.member());
    }

    @Override
    public Optional<Person> on(Fact.Apologies fact) {
        return Optional.empty();
    }

    @Override
    public Optional<Person> on(Fact.Substitute fact) {
        return Optional.ofNullable(fact.substitute());
    }

    @Override
    public Optional<Person> on(Fact.Officer fact) {
        return Optional.empty();
    }

    @Override
    public Optional<Person> on(Fact.Guest fact) {
        return Optional.empty();
    }

    @Override
    public Optional<Person> on(Fact.EarlierAbsence fact) {
        return Optional.empty();
    }

    @Override
    public Optional<Person> on(Fact.LateArrival fact) {
        return Optional.ofNullable(fact.member());
    }

    @Override
    public Optional<Person> on(Fact.EarlyDeparture fact) {
        return Optional.empty();
    }
}
