package org.minutebook.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Every request signs in anew, and checking a password means hashing it (BCrypt: a third of the request threads'
 * CPU under load, docs/performance.md). This remembers, for a short while, that a password matched the stored hash
 * it was checked against, so the next request of the same user with the same password costs microseconds.
 * <ul>
 *   <li>What is remembered is the pair (stored hash, password), so a changed password (a new stored hash) or a
 *   removed user (no stored hash to compare with) is refused at the very next request: nothing has to be told.</li>
 *   <li>Only successes are remembered; every failure is hashed and reported as it was, so slowing down guessers
 *   (done on the sign-in path itself) sees every attempt.</li>
 *   <li>Neither password nor pair is kept: only an HMAC of the pair under a key made at start and held in memory
 *   only, for at most {@link #LIFE}.</li>
 * </ul>
 */
final class VerifiedPasswords implements PasswordEncoder {

    /** How long a verified password is taken on trust. */
    static final Duration LIFE = Duration.ofMinutes(5);
    private static final int REMEMBERED = 10_000;
    private static final String MAC = "HmacSHA256";

    private final PasswordEncoder hashing;
    private final SecretKeySpec key;
    private final Cache<ByteBuffer, Boolean> verified;

    VerifiedPasswords(PasswordEncoder hashing) {
        this(hashing, Ticker.systemTicker());
    }

    VerifiedPasswords(PasswordEncoder hashing, Ticker clock) {
        this.hashing = hashing;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
        this.verified = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(LIFE).ticker(clock).build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashing.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return hashing.matches(rawPassword, encodedPassword);
        }
        ByteBuffer pair = pair(rawPassword, encodedPassword);
        if (verified.getIfPresent(pair) != null) {
            return true;
        }
        boolean matches = hashing.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(pair, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private ByteBuffer pair(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return ByteBuffer.wrap(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no " + MAC, e);
        }
    }
}
