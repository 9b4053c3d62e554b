package org.minutebook.query.record;

/** What became of an agenda item: nothing yet, business minuted under it, or set aside. */
public enum ItemStatus {
    TO_BE_CONSIDERED,
    CONSIDERED,
    DEFERRED,
    WITHDRAWN
}
