package org.minutebook.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: the signed-in principal, the name to show for them, their roles and the councils they serve.
 * An actor with no councils listed serves every council (the built-in users; a token without the councils claim).
 *
 * @param id          the principal's stable name (a built-in user's name, a token's subject)
 * @param displayName the name the record shows for them
 * @param roles       what they may do
 * @param councils    the councils they serve; empty: all
 */
public record Actor(String id, String displayName, Set<Role> roles, Set<String> councils) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        councils = Set.copyOf(councils);
    }

    /** The actor of the current request; empty for the public. */
    public static Optional<Actor> current() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .flatMap(Actor::of);
    }

    /** The actor an authentication stands for; empty for an anonymous one. */
    public static Optional<Actor> of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            Arrays.stream(Role.values()).filter(role -> role.authority().equals(authority.getAuthority()))
                    .forEach(roles::add);
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        if (authentication instanceof TokenAuthentication token) {
            return Optional.of(token.actor());
        }
        return Optional.of(new Actor(authentication.getName(), authentication.getName(), roles, Set.of()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether they may write the record of a meeting or committee of the council. */
    public boolean serves(String council) {
        return councils.isEmpty() || council != null && councils.contains(council);
    }

    /** Whether they read exempt business. */
    public boolean readsExemptBusiness() {
        return has(Role.CLERK) || has(Role.CHAIR) || has(Role.AUDITOR);
    }
}
