package org.minutebook.events.resolutions;

/** How a member voted. */
public enum Ballot {
    FOR,
    AGAINST,
    ABSTAIN
}
