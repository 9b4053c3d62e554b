package org.minutebook.events.committees;

import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.time.LocalDate;

/**
 * A member was appointed to a committee in a role.
 *
 * @param committeeId the committee
 * @param member the member, with the name as written
 * @param role chair, vice-chair, member or co-opted member
 * @param from the first day of the membership
 */
@EventVersion(2)
public record MemberAppointed(
        String committeeId,
        Person member,
        CommitteeRole role,
        LocalDate from) implements CommitteeEvent {
}
