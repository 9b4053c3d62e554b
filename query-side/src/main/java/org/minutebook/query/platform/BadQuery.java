package org.minutebook.query.platform;

/** A query parameter out of range: answered 400 naming it. */
public class BadQuery extends RuntimeException {

    public BadQuery(String message) {
        super(message);
    }
}
