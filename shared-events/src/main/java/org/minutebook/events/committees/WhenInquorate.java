package org.minutebook.events.committees;

/** What a committee's standing orders say of a decision taken when fewer members than its quorum are present. */
public enum WhenInquorate {
    /** No business is done without a quorum: such a decision is refused. */
    REFUSED,
    /** The decision stands as taken, and the minutes say it was taken without a quorum. */
    FLAGGED
}
