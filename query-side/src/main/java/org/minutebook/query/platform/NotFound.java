package org.minutebook.query.platform;

/** Nothing in the read model answers to what was asked for. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
