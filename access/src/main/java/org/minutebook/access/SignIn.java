package org.minutebook.access;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.List;

/**
 * What both services share about signing in; each adds its own rules per path. Every request signs in anew (no
 * session, no cookie), with HTTP Basic or, when configured, a bearer token. Without a session cookie there is
 * nothing for a cross-site request forgery to ride on but Basic credentials a browser caches, and writes take only
 * JSON ({@link JsonOnlyWrites}), so Spring Security's CSRF tokens are off.
 */
public final class SignIn {

    /**
     * The HTML pages (printable minutes, public pages, the clerk's console, the API browser) load nothing from
     * elsewhere; styles may be inline, scripts may not. A page may be framed by its own service only: the console
     * previews the printable minutes in a frame, and no other site can dress a page up to be clicked on.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'";

    private final AccessProblems problems;
    private final JwtDecoder tokens;
    private final AccessProperties properties;

    SignIn(AccessProblems problems, JwtDecoder tokens, AccessProperties properties) {
        this.problems = problems;
        this.tokens = tokens;
        this.properties = properties;
    }

    /**
     * Applies sign-in, the answers to refusals, the security headers and what is public on every service (the
     * health, up or down; the API's description; error pages); the caller adds its own path rules after these.
     */
    public HttpSecurity configure(HttpSecurity http) throws Exception {
        return configure(http, List.of());
    }

    /**
     * As {@link #configure(HttpSecurity)}, and the pages may also send requests to these origins (the clerk's
     * console on the query side records through the command side).
     */
    public HttpSecurity configure(HttpSecurity http, List<String> connectTo) throws Exception {
        String policy = connectTo.isEmpty() ? CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY + "; connect-src 'self' " + String.join(" ", connectTo);
        http.authorizeHttpRequests(paths -> paths
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/*", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("minutebook").authenticationEntryPoint(problems))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .frameOptions(frames -> frames.sameOrigin())
                        .contentSecurityPolicy(directives -> directives.policyDirectives(policy))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        if (tokens != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> jwt.decoder(tokens).jwtAuthenticationConverter(new TokenClaims(properties.jwt()))));
        }
        return http;
    }
}
