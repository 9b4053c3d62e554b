package org.minutebook.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;

/**
 * Signing in for a minutebook service: the built-in users, bearer tokens when configured, JSON-only writes, bodies of
 * bounded size, password guessing slowed.
 */
@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class,
        after = OAuth2ResourceServerAutoConfiguration.class)
@EnableConfigurationProperties(AccessProperties.class)
public class AccessAutoConfiguration {

    /**
     * The built-in users' passwords are hashed in memory only; they are long random secrets (or the operator's),
     * not passwords people reuse, and every request signs in anew, so the hash is BCrypt at its lowest cost (about
     * a millisecond) rather than the tenth of a second per request of the default, and a password verified a
     * moment ago is not hashed again ({@link VerifiedPasswords}).
     */
    @Bean
    PasswordEncoder builtInPasswords() {
        return new VerifiedPasswords(new BCryptPasswordEncoder(4));
    }

    @Bean
    InMemoryUserDetailsManager builtInUsers(Environment environment, PasswordEncoder builtInPasswords) {
        return BuiltInUsers.from(environment, builtInPasswords);
    }

    @Bean
    AccessProblems accessProblems(ObjectMapper json, ObjectProvider<JwtDecoder> tokens) {
        return new AccessProblems(json, tokens.getIfAvailable() != null);
    }

    @Bean
    SignIn signIn(AccessProblems problems, ObjectProvider<JwtDecoder> tokens, AccessProperties properties) {
        return new SignIn(problems, tokens.getIfAvailable(), properties);
    }

    /** Before signing in: an oversized body is refused without being read. */
    @Bean
    FilterRegistrationBean<BoundedBodies> boundedBodies(AccessProblems problems, ObjectProvider<LargestBody> largest) {
        FilterRegistrationBean<BoundedBodies> registration = new FilterRegistrationBean<>(new BoundedBodies(problems,
                largest.getIfAvailable(() -> LargestBody.ONE_MEBIBYTE)));
        registration.setOrder(-200);
        return registration;
    }

    /**
     * Password guessing slowed: so many failed sign-ins a window per user and per address, then one more as the
     * window gives them back. A listener of failed sign-ins too; before Spring Security's filters (-100), so a
     * throttled attempt checks no password.
     */
    @Bean
    SignInThrottle signInThrottle(AccessProblems problems,
                                  @Value("${MINUTEBOOK_SIGN_IN_FAILURES_PER_USER:10}") int failuresPerUser,
                                  @Value("${MINUTEBOOK_SIGN_IN_FAILURES_PER_ADDRESS:30}") int failuresPerAddress,
                                  @Value("${MINUTEBOOK_SIGN_IN_WINDOW:10m}") Duration window) {
        return new SignInThrottle(failuresPerUser, failuresPerAddress, window, problems);
    }

    @Bean
    FilterRegistrationBean<SignInThrottle> signInThrottleBeforeSigningIn(SignInThrottle throttle) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setOrder(-110);
        return registration;
    }

    /** After Spring Security's filters, so the anonymous are told to sign in before they are told the format. */
    @Bean
    FilterRegistrationBean<JsonOnlyWrites> jsonOnlyWrites(AccessProblems problems) {
        FilterRegistrationBean<JsonOnlyWrites> registration = new FilterRegistrationBean<>(new JsonOnlyWrites(problems));
        registration.setOrder(0);
        return registration;
    }
}
