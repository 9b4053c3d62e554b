package org.minutebook.access;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the actor off a bearer token, by the claims the identity provider is configured to send: the roles (a
 * list, or a space- or comma-separated string, of {@code clerk}, {@code chair}, {@code auditor}, {@code operator}),
 * the councils served (absent: all) and the name to show (absent: the subject). A role the service does not know is
 * ignored, so a token with none of its roles signs in as no one in particular and reads what the public reads.
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
        return new TokenAuthentication(new Actor(token.getSubject(), name, roles,
                values(token, claims.councilsClaim(), "\\s*,\\s*")), token);
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
