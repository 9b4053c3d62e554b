package org.minutebook.query.decisions;

/** What a decision decided: a motion carried or lost, an item deferred or withdrawn, a matter sent on, minutes confirmed. */
public enum Outcome {
    CARRIED,
    LOST,
    DEFERRED,
    WITHDRAWN,
    REFERRED,
    FURTHER_REPORT_REQUESTED,
    CONFIRMED
}
