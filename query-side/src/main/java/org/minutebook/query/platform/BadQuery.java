package org.minutebook.query.platform;

import java.util.List;

/** A query parameter out of range: answered 400 naming it, and the values it may take when there are few. */
public class BadQuery extends RuntimeException {

    private final String parameter;
    private final List<String> allowed;

    public BadQuery(String message) {
        this(message, null, List.of());
    }

    private BadQuery(String message, String parameter, List<String> allowed) {
        super(message);
        this.parameter = parameter;
        this.allowed = List.copyOf(allowed);
    }

    /** A value the parameter does not take: an unknown kind or status is an error, not an empty list. */
    public static BadQuery notOneOf(String parameter, List<String> allowed) {
        return new BadQuery("Parameter '" + parameter + "' must be one of " + String.join(", ", allowed), parameter,
                allowed);
    }

    /** The parameter named, or null when the message names it. */
    public String parameter() {
        return parameter;
    }

    public List<String> allowed() {
        return allowed;
    }
}
