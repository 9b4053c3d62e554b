package org.minutebook.command.platform;

/** Nothing is recorded under the id asked for: answered 404. */
public class NotRecorded extends RuntimeException {

    public NotRecorded(String message) {
        super(message);
    }
}
