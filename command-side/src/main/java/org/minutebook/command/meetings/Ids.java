package org.minutebook.command.meetings;

/** Ids are opaque, URL-safe strings; the service assigns UUIDs, clients may bring their own. */
final class Ids {

    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Ids() {
    }
}
