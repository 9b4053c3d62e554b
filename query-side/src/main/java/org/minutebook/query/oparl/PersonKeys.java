package org.minutebook.query.oparl;

import org.minutebook.events.Person;
import org.minutebook.query.record.MeetingRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The key each mention of a person is filed under, by the contract's one definition of "the same person"
 * ({@link Person#sameAs}, keyed by {@link Person#identity}): a mention with an id by its id; a mention without one
 * by the id of someone the same record (or the committee's list of members) names with an id who is the same
 * person (named alike), else by its name, else by its office.
 */
final class PersonKeys {

    private final List<Person> withIds;

    private PersonKeys(List<Person> withIds) {
        this.withIds = withIds;
    }

    /** Keys for the mentions of one record, knowing everyone it (and the committee's members) names with an id. */
    static PersonKeys of(MeetingRecord record, List<Person> members) {
        List<Person> known = new ArrayList<>(members);
        PeopleNamed.in(record).forEach(mention -> known.add(mention.person()));
        return new PersonKeys(known.stream().filter(Objects::nonNull).filter(person -> person.id() != null)
                .toList());
    }

    /** The mention's key; null for one that names no one. */
    String keyOf(Person mention) {
        if (mention == null) {
            return null;
        }
        if (mention.id() == null) {
            for (Person known : withIds) {
                if (known.sameAs(mention)) {
                    return known.identity();
                }
            }
        }
        return mention.identity();
    }
}
