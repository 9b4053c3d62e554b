package org.minutebook.events.resolutions;

import org.minutebook.events.Person;

/** One member's recorded vote. */
public record MemberVote(Person member, Ballot ballot) {
}
