package org.minutebook.events.resolutions;

/**
 * How a member's name stands in a vote: for, against, abstaining; or, in a recorded vote by name, absent, or present
 * and not voting (a member who declared an interest, one who took no part).
 */
public enum Ballot {
    FOR,
    AGAINST,
    ABSTAIN,
    /** Not at the meeting for the vote: named in a recorded vote, not counted. */
    ABSENT,
    /** Present and did not vote: named in a recorded vote, not counted. */
    DID_NOT_VOTE;

    /** Whether the member took part in the vote: for, against or abstaining. */
    public boolean voted() {
        return this == FOR || this == AGAINST || this == ABSTAIN;
    }
}
