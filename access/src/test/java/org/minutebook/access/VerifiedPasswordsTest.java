package org.minutebook.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clerk records a meeting command after command, each request signing in anew: the password is hashed at the
 * first, and trusted for a while after; but the moment the password is changed or the user removed, the old one
 * signs in no more.
 */
class VerifiedPasswordsTest {

    private static final String PASSWORD = "correct-horse-battery-staple";

    private final AtomicInteger hashed = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final VerifiedPasswords passwords = new VerifiedPasswords(new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashed.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }, nanos::get);
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("clerk").password(passwords.encode(PASSWORD)).roles("CLERK").build());
    private final DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(users);

    {
        signIn.setPasswordEncoder(passwords);
    }

    @Test
    void aPasswordIsHashedAtTheFirstRequestOnlyWhileItIsTrusted() {
        for (int request = 0; request < 20; request++) {
            assertThat(signIn.authenticate(basic("clerk", PASSWORD)).isAuthenticated()).isTrue();
        }
        assertThat(hashed).hasValue(1);

        nanos.addAndGet(VerifiedPasswords.LIFE.plus(Duration.ofSeconds(1)).toNanos());
        signIn.authenticate(basic("clerk", PASSWORD));

        assertThat(hashed).as("hashed again once its trust ran out").hasValue(2);
    }

    @Test
    void aChangedPasswordRefusesTheOldOneAtTheNextRequest() {
        signIn.authenticate(basic("clerk", PASSWORD));

        users.updateUser(User.withUsername("clerk").password(passwords.encode("a-new-password-for-2025"))
                .roles("CLERK").build());

        assertThatThrownBy(() -> signIn.authenticate(basic("clerk", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(basic("clerk", "a-new-password-for-2025")).isAuthenticated()).isTrue();
    }

    @Test
    void aRemovedUserIsRefusedAtTheNextRequest() {
        signIn.authenticate(basic("clerk", PASSWORD));

        users.deleteUser("clerk");

        assertThatThrownBy(() -> signIn.authenticate(basic("clerk", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWrongPasswordIsHashedEveryTimeAndNeverTrusted() {
        for (int guess = 0; guess < 3; guess++) {
            assertThatThrownBy(() -> signIn.authenticate(basic("clerk", "not-the-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(hashed).hasValue(3);
    }

    private static UsernamePasswordAuthenticationToken basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
