package org.minutebook.access;

import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.ArrayList;
import java.util.List;

/**
 * The embedded default's users, one per role ({@code clerk}, {@code chair}, {@code auditor}, {@code operator}),
 * each signing in over HTTP Basic with the password in {@code MINUTEBOOK_<ROLE>_PASSWORD}. A role whose variable is
 * not set has no built-in user (production signs in with tokens). ./run sets them all: from the environment, or
 * generated once and kept under the data directory.
 */
final class BuiltInUsers {

    /** Long enough that guessing over HTTP is hopeless; ./run generates 24 characters. */
    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private BuiltInUsers() {
    }

    static String variable(Role role) {
        return "MINUTEBOOK_" + role.name() + "_PASSWORD";
    }

    static InMemoryUserDetailsManager from(Environment environment, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (Role role : Role.values()) {
            String password = environment.getProperty(variable(role));
            if (password == null || password.isEmpty()) {
                continue;
            }
            if (password.length() < MINIMUM_PASSWORD_LENGTH) {
                throw new IllegalStateException(variable(role) + " must be at least " + MINIMUM_PASSWORD_LENGTH
                        + " characters long");
            }
            users.add(User.withUsername(role.userName()).password(encoder.encode(password))
                    .authorities(role.authority()).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
