package org.minutebook.events.business;

/** The kinds of block a minute is made of. */
public enum MinuteBlockKind {
    PARAGRAPH,
    HEADING,
    BULLETS
}
