package org.minutebook.events.executive;

/**
 * What scrutiny resolved on a call-in: no further action (the call-in not upheld: the decision takes effect), or the
 * call-in upheld and the decision referred back to its maker, or on to full council.
 */
public enum CallInOutcome {
    NOT_UPHELD,
    REFERRED_BACK,
    REFERRED_TO_COUNCIL;

    /** Whether the call-in was upheld: the decision waits for its maker (or the council) to reconsider it. */
    public boolean upheld() {
        return this != NOT_UPHELD;
    }
}
