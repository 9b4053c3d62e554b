package org.minutebook.command.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Ids are opaque, URL-safe strings. Clients may bring their own (so a retry is recognised); else one is made from
 * what the record says (readable in every public address: {@code cfosc-2020-11-18}, {@code mrs-h-j-fryer-cc}), or,
 * when it says nothing to make one from, a UUID.
 */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String MESSAGE =
            "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    private static final int LONGEST = 64;

    private Ids() {
    }

    public static String orNew(String id) {
        return id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
    }

    /**
     * An id read from words as written ("Mrs H. J. Fryer CC" gives {@code mrs-h-j-fryer-cc}): letters without
     * their accents, digits, the rest as single hyphens, at most {@code room} characters; a UUID when no letter or
     * digit is left.
     */
    public static String readable(String words, int room) {
        String plain = Normalizer.normalize(words == null ? "" : words, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String cut = plain.length() <= Math.min(room, LONGEST) ? plain
                : plain.substring(0, Math.min(room, LONGEST)).replaceAll("-+$", "");
        return cut.isEmpty() ? UUID.randomUUID().toString() : cut;
    }
}
