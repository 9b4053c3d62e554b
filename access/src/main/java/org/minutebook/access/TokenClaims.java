package org.minutebook.access;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the actor off a bearer token, by the claims the identity provider is configured to send: the roles (a
 * list, or a space- or comma-separated string, of {@code clerk}, {@code chair}, {@code auditor}, {@code operator}),
 * the councils served (absent: all) and the name to show (absent: the subject). A role the service does not know is
 * ignored, so a token with none of its roles signs in as no one in particular and reads what the public reads.
 * <p>
 * The councils claim fails closed: present, it must name at least one council, each a non-blank string (a list
 * of them, or one comma-separated string). An empty list, a blank string, a blank name in the list, a number or an
 * object is a malformed token, refused 401 {@code token-claims-malformed}: never read as "every council", which is
 * what an absent claim means.
 */
final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccessProperties.Jwt claims;

    TokenClaims(AccessProperties.Jwt claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values(token, claims.rolesClaim(), "[\\s,]+").forEach(value -> Role.named(value).ifPresent(roles::add));
        String name = Optional.ofNullable(token.getClaimAsString(claims.nameClaim())).filter(value -> !value.isBlank())
                .orElse(token.getSubject());
        return new TokenAuthentication(new Actor(token.getSubject(), name, roles, councils(token)), token);
    }

    /** The councils served: none named means every council, so only an absent claim may name none. */
    private Set<String> councils(Jwt token) {
        String claim = claims.councilsClaim();
        if (!token.hasClaim(claim)) {
            return Set.of();
        }
        Object value = token.getClaim(claim);
        List<?> named = value instanceof Collection<?> list ? List.copyOf(list)
                : value instanceof String text ? List.of(text.split(",", -1)) : null;
        if (named == null || named.isEmpty() || named.stream()
                .anyMatch(council -> !(council instanceof String text) || text.isBlank())) {
            throw new Malformed("The token's " + claim + " claim must name one council or more, each a non-blank"
                    + " string (a list, or one comma-separated string); it is " + describe(value));
        }
        Set<String> councils = new LinkedHashSet<>();
        named.forEach(council -> councils.add(((String) council).strip()));
        return councils;
    }

    private static String describe(Object value) {
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "an empty list" : "a list with a blank name or a value that is not text";
        }
        if (value instanceof String) {
            return "blank, or has a blank name";
        }
        return value instanceof Map<?, ?> ? "an object" : value instanceof Number ? "a number"
                : value == null ? "null" : "neither text nor a list";
    }

    /** A token whose claims cannot be read as they must be: the caller is not signed in (401). */
    static final class Malformed extends InvalidBearerTokenException {

        Malformed(String description) {
            super(description);
        }
    }

    /** A claim's values: a JSON list, or one string of values split by the separator (a council's name has spaces). */
    private static Set<String> values(Jwt token, String claim, String separator) {
        Object value = token.getClaim(claim);
        Set<String> values = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> values.add(String.valueOf(item).strip()));
        } else if (value instanceof String text) {
            values.addAll(List.of(text.strip().split(separator)));
        }
        values.removeIf(String::isBlank);
        return values;
    }
}
