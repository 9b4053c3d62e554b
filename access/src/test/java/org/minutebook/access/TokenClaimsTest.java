package org.minutebook.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A council's identity provider sends its own claims; the actor is read off them, and nothing is assumed. */
class TokenClaimsTest {

    private final TokenClaims claims = new TokenClaims(new AccessProperties.Jwt("roles", "councils", "name"));

    @Test
    void aClerkOfOneCouncilIsReadOffTheirToken() {
        Actor actor = actorOf(Map.of("sub", "a7f3", "name", "Jason Tyler", "roles", List.of("clerk"),
                "councils", List.of("Leicester City Council")));

        assertThat(actor).isEqualTo(new Actor("a7f3", "Jason Tyler", Set.of(Role.CLERK),
                Set.of("Leicester City Council")));
        assertThat(actor.serves("Leicester City Council")).isTrue();
        assertThat(actor.serves("Leicestershire County Council")).isFalse();
    }

    @Test
    void rolesMayComeAsOneStringAsScopesDoAndUnknownRolesAreIgnored() {
        Actor actor = actorOf(Map.of("sub", "b2", "roles", "ROLE_AUDITOR chair,reader"));

        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.CHAIR);
    }

    @Test
    void aTokenWithoutNameOrCouncilsShowsItsSubjectAndServesEveryCouncil() {
        Actor actor = actorOf(Map.of("sub", "c3", "roles", List.of("clerk")));

        assertThat(actor.displayName()).isEqualTo("c3");
        assertThat(actor.councils()).isEmpty();
        assertThat(actor.serves("Coventry City Council")).isTrue();
    }

    @Test
    void councilsGivenAsOneStringAreSplitAtCommasNotAtTheSpacesInTheirNames() {
        Actor actor = actorOf(Map.of("sub", "d4", "roles", List.of("clerk"),
                "councils", "Leicester City Council, Coventry City Council"));

        assertThat(actor.councils()).containsExactlyInAnyOrder("Leicester City Council", "Coventry City Council");
    }

    @Test
    void aTokenWithNoneOfTheRolesSignsInAsNoOneInParticularAndReadsWhatThePublicReads() {
        assertThat(Actor.of(claims.convert(token(Map.of("sub", "e5", "roles", List.of("reader")))))).isEmpty();
        assertThat(Actor.of(claims.convert(token(Map.of("sub", "e5"))))).isEmpty();
    }

    @Test
    void aCouncilsClaimThatNamesNoCouncilIsAMalformedTokenNeverEveryCouncil() {
        for (Object malformed : List.of(List.of(), "", " ", 5, Map.of("council", "Leicester City Council"),
                List.of("Leicester City Council", " "), List.of(5), "Leicester City Council, ")) {
            assertThatThrownBy(() -> claims.convert(token(Map.of("sub", "f6", "roles", List.of("clerk"),
                    "councils", malformed))))
                    .as("councils: %s", malformed)
                    .isInstanceOf(TokenClaims.Malformed.class)
                    .hasMessageContaining("councils");
        }
    }

    private Actor actorOf(Map<String, Object> claimsOfToken) {
        return Actor.of(claims.convert(token(claimsOfToken))).orElseThrow();
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").claims(all -> all.putAll(claims))
                .issuedAt(Instant.now()).build();
    }
}
