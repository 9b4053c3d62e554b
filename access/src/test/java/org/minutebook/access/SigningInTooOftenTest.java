package org.minutebook.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone guesses at the clerks' passwords, from one address or from many: after a few failures each attempt is
 * answered {@code 429} until the window gives a failure back, right password or wrong, while everyone else signs
 * in as before. (Three failures per user and five per address in 15 seconds here, given back one each 5 and 3
 * seconds; ten and thirty in ten minutes by default.)
 */
@SpringBootTest(classes = AgendaService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MINUTEBOOK_CLERK_PASSWORD=the-clerks-password", "MINUTEBOOK_CHAIR_PASSWORD=the-chairs-password",
        "MINUTEBOOK_AUDITOR_PASSWORD=the-auditors-password", "MINUTEBOOK_OPERATOR_PASSWORD=the-operators-password",
        "MINUTEBOOK_SIGN_IN_FAILURES_PER_USER=3", "MINUTEBOOK_SIGN_IN_FAILURES_PER_ADDRESS=5",
        "MINUTEBOOK_SIGN_IN_WINDOW=15s"})
class SigningInTooOftenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void aGuesserAtTheClerksPasswordIsSlowedAfterThreeFailuresEvenWhenTheyThenGuessRight() throws IOException {
        for (int guess = 1; guess <= 3; guess++) {
            assertThat(signIn("127.0.0.2", "clerk", "guess-" + guess).status()).isEqualTo(401);
        }

        assertThrottled(signIn("127.0.0.2", "clerk", "guess-4"));
        assertThrottled(signIn("127.0.0.2", "clerk", "the-clerks-password"));
        assertThat(signIn("127.0.0.3", "auditor", "the-auditors-password").status())
                .as("another user, from another address").isEqualTo(200);
    }

    @Test
    void aUsersLimitHoldsHoweverManyAddressesGuessAtIt() throws IOException {
        for (int address = 10; address < 13; address++) {
            assertThat(signIn("127.0.0." + address, "chair", "guess").status()).isEqualTo(401);
        }

        assertThrottled(signIn("127.0.0.13", "chair", "guess"));
    }

    @Test
    void anAddressesLimitHoldsHoweverManyUsersItTries() throws IOException {
        for (int user = 0; user < 5; user++) {
            assertThat(signIn("127.0.0.20", "member-" + user, "guess").status()).isEqualTo(401);
        }

        assertThrottled(signIn("127.0.0.20", "member-5", "guess"));
        assertThat(signIn("127.0.0.21", "member-5", "guess").status()).as("that user, from elsewhere")
                .isEqualTo(401);
    }

    @Test
    void anEarlierSuccessLetsNoWrongPasswordThroughUncounted() throws IOException {
        assertThat(signIn("127.0.0.30", "operator", "the-operators-password").status()).isEqualTo(200);
        for (int guess = 1; guess <= 3; guess++) {
            assertThat(signIn("127.0.0.30", "Operator", "guess-" + guess).status()).isEqualTo(401);
        }

        assertThrottled(signIn("127.0.0.31", "operator", "the-operators-password"));
    }

    @Test
    void theWindowGivesAFailureBackAndTheRightPasswordSignsInAgain() throws Exception {
        for (int guess = 1; guess <= 3; guess++) {
            signIn("127.0.0.40", "auditor", "guess-" + guess);
        }
        RawHttp throttled = signIn("127.0.0.40", "auditor", "the-auditors-password");
        assertThrottled(throttled);

        Thread.sleep(Long.parseLong(throttled.head("retry-after")) * 1000);

        assertThat(signIn("127.0.0.40", "auditor", "the-auditors-password").status()).isEqualTo(200);
    }

    private RawHttp signIn(String from, String user, String password) throws IOException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return RawHttp.sendFrom(from, port, "GET /api/agenda/mine HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + basic + "\r\nConnection: close\r\n\r\n");
    }

    private static void assertThrottled(RawHttp answer) throws IOException {
        assertThat(answer.status()).as(answer.headers()).isEqualTo(429);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(answer.head("retry-after"))).isBetween(1L, 5L);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("rule").asText()).isEqualTo("sign-in-throttled");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
    }
}
