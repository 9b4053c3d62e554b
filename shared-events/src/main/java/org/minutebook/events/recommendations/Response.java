package org.minutebook.events.recommendations;

/** The executive's response to a recommendation. */
public enum Response {
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED
}
