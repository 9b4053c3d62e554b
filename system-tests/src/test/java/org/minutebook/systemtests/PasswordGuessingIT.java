package org.minutebook.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone guesses at the chair's password — from many addresses, or at many users from one — where before they
 * could try some 470 passwords a second. After ten failures for a user, or thirty from an address, every sign-in with
 * a password for that user or from that address is answered {@code 429} with {@code Retry-After}, the right
 * password too, by each service (each counts what it saw); the public reads as before, and other users from other addresses sign in. Once
 * the window gives a failure back (every 6 s in these tests, every minute by default), the chair signs in again.
 */
class PasswordGuessingIT {

    private static Minutebook minutebook;

    @BeforeAll
    static void theServices() throws Exception {
        minutebook = Minutebook.running();
    }

    @Test
    void guessesAtTheChairsPasswordFromManyAddressesAreSlowedEvenAfterTheChairSignedIn() throws Exception {
        String history = "/api/meetings/" + Minutebook.NOV_2021 + "/history";
        assertThat(signIn("127.0.0.60", minutebook.commandSide(), history, Users.CHAIR.password()).status())
                .as("the chair, signed in a moment before").isNotIn(401, 429);
        int guesses = 0;
        RawRequest.Answer guess = signIn("127.0.0.61", minutebook.commandSide(), history, "guess");
        while (guess.status() == 401 && guesses < 20) {
            guesses++;
            guess = signIn("127.0.0." + (61 + guesses % 10), minutebook.commandSide(), history, "guess-" + guesses);
        }
        assertThrottled(guess);
        assertThat(guesses).as("failures before the first refusal, a failure given back each 6 s").isBetween(10, 19);

        RawRequest.Answer throttled = signIn("127.0.0.71", minutebook.commandSide(), history, Users.CHAIR.password());
        assertThrottled(throttled);
        assertThat(Http.get(minutebook.querySide() + "/api/meetings?limit=1").status()).as("the public reads on")
                .isEqualTo(200);
        assertThat(Http.getAs(Users.AUDITOR, minutebook.commandSide() + history).status()).as("another user")
                .isNotIn(401, 429);

        Thread.sleep(Long.parseLong(throttled.headers().get("retry-after")) * 1000);
        assertThat(signIn("127.0.0.73", minutebook.commandSide(), history, Users.CHAIR.password()).status())
                .as("the chair, once a failure is given back").isNotIn(401, 429);
    }

    @Test
    void oneAddressGuessingAtManyUsersIsSlowedAndTheClerkElsewhereSignsIn() throws Exception {
        int guesses = 0;
        RawRequest.Answer guess = signIn("127.0.0.80", "guessed-user-0", minutebook.querySide(), "/api/me", "guess");
        while (guess.status() == 401 && guesses < 60) {
            guesses++;
            guess = signIn("127.0.0.80", "guessed-user-" + guesses, minutebook.querySide(), "/api/me", "guess");
        }
        assertThrottled(guess);
        assertThat(guesses).as("failures before the first refusal, a failure given back each 2 s").isBetween(30, 59);

        assertThrottled(signIn("127.0.0.80", Users.CLERK.name(), minutebook.querySide(), "/api/me",
                Users.CLERK.password()));
        assertThat(signIn("127.0.0.81", Users.CLERK.name(), minutebook.querySide(), "/api/me",
                Users.CLERK.password()).status()).as("the clerk, from another address").isEqualTo(200);
    }

    private static void assertThrottled(RawRequest.Answer answer) {
        assertThat(answer.status()).as(answer.headers() + answer.body()).isEqualTo(429);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(answer.json().path("rule").asText()).isEqualTo("sign-in-throttled");
        assertThat(Integer.parseInt(answer.headers().get("retry-after"))).isPositive();
    }

    private static RawRequest.Answer signIn(String from, String service, String path, String password)
            throws Exception {
        return signIn(from, Users.CHAIR.name(), service, path, password);
    }

    private static RawRequest.Answer signIn(String from, String user, String service, String path, String password)
            throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new RawRequest("sign in as " + user, "GET", path, Map.of("Host", "localhost",
                "Authorization", "Basic " + basic), null).sendFrom(from, service);
    }
}
