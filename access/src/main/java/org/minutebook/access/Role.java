package org.minutebook.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in user may do. The public is not a role: it is whoever is not signed in, and reads only what is
 * not exempt.
 */
public enum Role {

    /** Records and corrects the facts of meetings of the councils they serve (or of all). */
    CLERK,
    /** Signs the minutes of the meetings they chaired. */
    CHAIR,
    /** Reads the history, verification and export of every record, exempt business included, and changes nothing. */
    AUDITOR,
    /** Runs the service: rebuilds, dead letters, health details. Reads no exempt business. */
    OPERATOR;

    /** The Spring Security authority of the role ({@code ROLE_CLERK}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The built-in user of the role, and the role's name in a token's claim: {@code clerk}. */
    public String userName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a token's claim value names ({@code clerk}, {@code CLERK}, {@code ROLE_CLERK}), if any. */
    public static Optional<Role> named(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }

    /** The roles that read exempt business (Schedule 12A, "Part B"): those who record, sign or audit it. */
    public static String[] readingExemptBusiness() {
        return new String[]{CLERK.name(), CHAIR.name(), AUDITOR.name()};
    }
}
