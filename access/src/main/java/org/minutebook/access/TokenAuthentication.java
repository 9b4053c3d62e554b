package org.minutebook.access;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A caller signed in with a bearer token: the actor read off its claims ({@link TokenClaims}). */
final class TokenAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final Jwt token;

    TokenAuthentication(Actor actor, Jwt token) {
        super(actor.roles().stream()
                .map(role -> (org.springframework.security.core.GrantedAuthority) role::authority).toList());
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return actor.id();
    }

    @Override
    public String getName() {
        return actor.id();
    }
}
