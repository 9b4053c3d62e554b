package org.minutebook.command.platform;

import java.util.UUID;

/** Ids are opaque, URL-safe strings. Clients may bring their own (so a retry is recognised); else a UUID. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String MESSAGE =
            "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Ids() {
    }

    public static String orNew(String id) {
        return id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
    }
}
