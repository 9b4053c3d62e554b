package org.minutebook.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers sign in. The built-in users' passwords are not here but in the environment, one variable per role
 * ({@code MINUTEBOOK_CLERK_PASSWORD}…, {@link BuiltInUsers}); bearer tokens are on when Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code .jwk-set-uri} is set.
 *
 * @param jwt which claims of a bearer token say who the caller is
 */
@ConfigurationProperties("minutebook.access")
public record AccessProperties(@DefaultValue Jwt jwt) {

    /**
     * @param rolesClaim    the claim listing the caller's roles ({@code clerk}, {@code chair}…)
     * @param councilsClaim the claim listing the councils a clerk serves; a token without it serves all
     * @param nameClaim     the claim with the name the record shows; absent, the token's subject
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("councils") String councilsClaim,
                      @DefaultValue("name") String nameClaim) {
    }
}
