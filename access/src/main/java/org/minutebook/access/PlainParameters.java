package org.minutebook.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A query parameter is text of one line: one whose name or value holds a character no text may hold
 * ({@link Characters}) or is not percent-encoded correctly is refused with 400 naming it, before anything (a
 * MongoDB query, whose strings cannot hold NUL) is built from it. Parameters a path does not take, such as
 * {@code name[$ne]=x}, are ignored like any other unknown parameter: none reaches a query as an operator.
 */
final class PlainParameters extends OncePerRequestFilter {

    private final AccessProblems problems;

    PlainParameters(AccessProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                String name = decoded(nameAndValue[0]);
                String value = nameAndValue.length > 1 ? decoded(nameAndValue[1]) : "";
                String shownName = name != null ? shown(name) : shown(nameAndValue[0]);
                OptionalInt refused = name == null || value == null ? OptionalInt.empty()
                        : Characters.refused(name + value, false);
                if (name == null || value == null || refused.isPresent()) {
                    problems.write(response, HttpStatus.BAD_REQUEST, "invalid-parameter", "Parameter '" + shownName
                            + "' " + (refused.isPresent() ? "holds the character " + Characters.named(
                            refused.getAsInt()) + ", which no text may hold" : "is not percent-encoded correctly"),
                            Map.of("parameter", shownName));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Null when the percent-encoding is broken. */
    private static String decoded(String encoded) {
        try {
            return UriUtils.decode(encoded.replace('+', ' '), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEncoding) {
            return null;
        }
    }

    /** A name made safe to repeat in the answer: its refused characters are named, never echoed. */
    private static String shown(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> safe.append(Characters.refused(Character.toString(c), false).isPresent()
                ? Characters.named(c) : Character.toString(c)));
        return safe.toString();
    }
}
