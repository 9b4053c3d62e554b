package org.minutebook.command.platform;

import org.minutebook.access.Permission;
import org.minutebook.access.Role;
import org.minutebook.access.SignIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Who may do what on the command side: clerks record and correct, the chair signs the minutes, auditors read the
 * history, verification and export, operators see the health in detail and register the systems that receive
 * decisions by webhook. Nothing here is public but the health (up or down), the API's description, the seals' public
 * keys and the decisions published (the pull feed). Which council's record a clerk may write is
 * {@link CouncilScope}. The API description names the same roles per operation ({@link ApiDescription}).
 */
@Configuration
class Access {

    static final List<Permission> PERMISSIONS = List.of(
            Permission.to(null, "/actuator/**", Role.OPERATOR),
            // the public keys that verify seals and chain heads: for any outside verifier, secret to no one
            Permission.toEveryone(HttpMethod.GET, "/api/audit/seal-keys"),
            Permission.to(HttpMethod.GET, "/api/*/*/history", Role.AUDITOR, Role.CLERK, Role.CHAIR),
            Permission.to(HttpMethod.GET, "/api/*/*/verify", Role.AUDITOR),
            Permission.to(HttpMethod.GET, "/api/*/*/export", Role.AUDITOR),
            Permission.to(HttpMethod.POST, "/api/meetings/*/signature", Role.CHAIR),
            // decisions are public once published (never on exempt business): the pull feed is anyone's to read
            Permission.toEveryone(HttpMethod.GET, "/api/feeds/decisions"),
            Permission.to(null, "/api/admin/**", Role.OPERATOR),
            Permission.to(HttpMethod.POST, "/api/**", Role.CLERK),
            Permission.to(HttpMethod.PUT, "/api/**", Role.CLERK));

    /**
     * Spring Security observes every filter of its chain, and each sign-in, for every request: a sixth of the request
     * threads' CPU under load (docs/performance.md), for spans nothing here collects. Requests are still timed
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain commandSideAccess(HttpSecurity http, SignIn signIn,
                                          @Value("${minutebook.query-side-url}") String querySideUrl) throws Exception {
        return signIn.configure(http).authorizeHttpRequests(paths -> Permission.applyAll(PERMISSIONS, paths))
                .cors(cors -> cors.configurationSource(consoleOnTheQuerySide(querySideUrl)))
                .build();
    }

    /**
     * The clerk's console is served by the query side and records through this API: its origin alone may call it
     * from a browser. It signs in with an Authorization header it sets itself; no browser-kept credentials
     * (cookies, a remembered Basic password) are allowed across, so no other page can ride on a clerk's sign-in.
     */
    static CorsConfigurationSource consoleOnTheQuerySide(String querySideUrl) {
        URI querySide = URI.create(querySideUrl);
        CorsConfiguration console = new CorsConfiguration();
        console.addAllowedOrigin(querySide.getScheme() + "://" + querySide.getRawAuthority());
        console.setAllowedMethods(List.of("GET", "POST", "PUT"));
        console.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
                "Idempotency-Key", "X-Request-Id"));
        console.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION));
        console.setAllowCredentials(false);
        // a preflight per command would double the console's round trips
        console.setMaxAge(Duration.ofMinutes(30));
        UrlBasedCorsConfigurationSource paths = new UrlBasedCorsConfigurationSource();
        paths.registerCorsConfiguration("/**", console);
        return paths;
    }
}
