package org.minutebook.events.executive;

/** What the maker (or the council) did with a decision referred back after a call-in. */
public enum Reconsideration {
    CONFIRMED,
    VARIED,
    REVOKED
}
