package org.minutebook.events.business;

/** What a member of the public or an organisation put to the meeting, other than a question or petition. */
public enum RepresentationKind {
    REPRESENTATION,
    STATEMENT_OF_CASE,
    STATEMENT
}
