package org.minutebook.events.committees;

import org.minutebook.events.CommitteeEvent;
import org.minutebook.events.EventVersion;
import org.minutebook.events.Person;

import java.time.LocalDate;

/**
 * A member was appointed to a committee, as the page lists them: "Mrs. H. J. Fryer CC (Chairman)", or a name
 * alone when that is all it gives.
 *
 * @param committeeId the committee
 * @param member the member, with the name as written and an id (given, or read from the name)
 * @param role chair, vice-chair, member or co-opted member, or null when the page does not say (since version 3)
 * @param from the first day of the membership, or null when the page does not give it (since version 3)
 */
@EventVersion(3)
public record MemberAppointed(
        String committeeId,
        Person member,
        CommitteeRole role,
        LocalDate from) implements CommitteeEvent {
}
