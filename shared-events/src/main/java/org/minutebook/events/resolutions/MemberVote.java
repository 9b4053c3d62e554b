package org.minutebook.events.resolutions;

import org.minutebook.events.Person;

/**
 * One member's recorded vote.
 *
 * @param member who voted
 * @param ballot how
 */
public record MemberVote(Person member, Ballot ballot) {
}
