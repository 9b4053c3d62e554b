package org.minutebook.events.resolutions;

/** What became of an amendment. */
public enum AmendmentOutcome {
    /** Put to the vote and carried: it became part of the substantive motion. */
    CARRIED,
    /** Put to the vote and lost. */
    LOST,
    /** Withdrawn by its mover before the vote. */
    WITHDRAWN,
    /** Accepted by the mover of the motion (with the seconder's consent), without a vote. */
    ACCEPTED
}
