package org.minutebook.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Password guessing is slowed after failures, per user and per address: each may fail a few times in a window,
 * then may try again only as the window gives failures back (a token bucket each, Bucket4j), and is answered
 * {@code 429} {@code sign-in-throttled} with {@code Retry-After} meanwhile — whether the password it sends is
 * right or wrong, so the answer tells a guesser nothing, and before any password is checked, so no cached
 * success of an earlier request lets a wrong password through untold. A user's limit holds however many addresses
 * guess at it; an address's holds however many users it tries.
 * <p>
 * Failures are counted from Spring Security's own event for a wrong name or password over HTTP Basic, whoever
 * checked it; bearer tokens are not counted (a signed token cannot be guessed). Only a password sent in the
 * {@code Authorization} header is throttled: nothing else signs in.
 * <p>
 * The buckets are kept in memory, per instance, for the addresses and names seen failing lately, at most
 * {@value #MOST_REMEMBERED} of each (the least used forgotten first). The address is the connection's
 * ({@code getRemoteAddr()}): behind a proxy, let Spring Boot read its forwarded header
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}) or every caller shares the proxy's budget.
 */
final class SignInThrottle extends OncePerRequestFilter
        implements ApplicationListener<AuthenticationFailureBadCredentialsEvent> {

    static final int MOST_REMEMBERED = 50_000;
    private static final String BASIC = "basic ";

    private final Limit perUser;
    private final Limit perAddress;
    private final AccessProblems problems;

    SignInThrottle(int failuresPerUser, int failuresPerAddress, Duration window, AccessProblems problems) {
        this.perUser = new Limit(failuresPerUser, window);
        this.perAddress = new Limit(failuresPerAddress, window);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = userOf(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (user.isPresent()) {
            long wait = Math.max(perUser.nanosToWait(user.get()), perAddress.nanosToWait(request.getRemoteAddr()));
            if (wait > 0) {
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999));
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
                        "Too many failed sign-ins for this user or from this address: try again in " + seconds
                                + " s", Map.of("retryAfter", seconds));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A wrong name or password: one failure for the user and one for the address it came from. */
    @Override
    public void onApplicationEvent(AuthenticationFailureBadCredentialsEvent failure) {
        if (failure.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            perUser.failed(key(attempt.getName()));
            if (attempt.getDetails() instanceof WebAuthenticationDetails details) {
                perAddress.failed(details.getRemoteAddress());
            }
        }
    }

    /** The user an HTTP Basic header names, as the built-in users are looked up (case does not matter). */
    private static Optional<String> userOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(key(decoded.substring(0, colon)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty(); // Spring Security refuses it as it stands
        }
    }

    private static String key(String user) {
        return user.toLowerCase(Locale.ROOT);
    }

    /** So many failures a window, given back evenly over it; a key not seen failing has its whole allowance. */
    private static final class Limit {

        private final int failures;
        private final Duration window;
        private final Cache<String, Bucket> buckets;

        Limit(int failures, Duration window) {
            this.failures = failures;
            this.window = window;
            this.buckets = Caffeine.newBuilder().maximumSize(MOST_REMEMBERED).expireAfterAccess(window).build();
        }

        long nanosToWait(String key) {
            Bucket bucket = buckets.getIfPresent(key);
            return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        }

        void failed(String key) {
            buckets.get(key, unseen -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window)).build())
                    .tryConsume(1);
        }
    }
}
