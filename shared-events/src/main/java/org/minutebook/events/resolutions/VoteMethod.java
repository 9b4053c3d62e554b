package org.minutebook.events.resolutions;

/** How a vote was taken. */
public enum VoteMethod {
    /** A show of hands, counted or not. */
    SHOW_OF_HANDS,
    /** A recorded vote: each member's name and vote minuted (on request, or as the law requires at budget meetings). */
    RECORDED,
    /** An electronic voting system. */
    ELECTRONIC
}
