package org.minutebook.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk's tool, a crawler or an attacker sends what no form would: each such request is refused with a problem
 * the client can read (problem+json with its status, title and type), whether Tomcat, Spring Security's firewall,
 * Spring MVC or the service's own filters refuse it.
 */
@SpringBootTest(classes = AgendaService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mvc.problemdetails.enabled=true", "MINUTEBOOK_CLERK_PASSWORD=a-long-clerk-password"})
class MalformedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void aUrlWithAnEncodedSlashIsRefusedAsAProblem() throws IOException {
        assertProblem(get("/api/agenda/items%2F..%2Fadmin"), 400);
    }

    @Test
    void aUrlWithBrokenPercentEncodingIsRefusedAsAProblem() throws IOException {
        assertProblem(get("/api/agenda/%zz"), 400);
    }

    @Test
    void aControlCharacterInTheRequestLineIsRefusedAsAProblem() throws IOException {
        assertProblem(get("/api/agenda/\u0001"), 400);
    }

    @Test
    void aControlCharacterInAHeaderIsRefusedAsAProblem() throws IOException {
        assertProblem(RawHttp.send(port, "GET /api/agenda HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n"
                + "Connection: close\r\n\r\n"), 400);
    }

    @Test
    void aMethodNoOneKnowsIsRefusedAsAProblem() throws IOException {
        JsonNode problem = assertProblem(RawHttp.send(port, "BREW /api/agenda HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n"), 400);

        assertThat(problem.get("rule").asText()).isEqualTo("request-rejected");
    }

    @Test
    void bytesThatAreNoHttpRequestAreRefusedAsAProblem() throws IOException {
        assertProblem(RawHttp.send(port, "\u0016\u0003\u0001 not a request line\r\n\r\n"), 400);
    }

    @Test
    void anHttpVersionThatIsNotSpokenIsRefusedAsAProblem() throws IOException {
        assertProblem(RawHttp.send(port, "GET /api/agenda HTTP/9.9\r\nHost: localhost\r\n\r\n"), 505);
    }

    @Test
    void aRequestLineWithNoHttpVersionIsAnsweredWithAStatusLineNotABareBody() throws IOException {
        // Tomcat reads each as HTTP/0.9 and answered it with a bare body: the page, the health or a problem
        for (String line : List.of("GET /api/agenda", "GET /api/agenda?q=budget", "GET /actuator/health")) {
            RawHttp answer = RawHttp.send(port, line + "\r\nHost: localhost\r\n\r\n");

            assertThat(answer.headers()).as("[%s]", line).startsWith("HTTP/1.1 505 ");
            assertProblem(answer, 505);
        }
    }

    @Test
    void aRequestLineTomcatCannotReadIsAnsweredWithAStatusLineAfterAnHttp09Request() throws IOException {
        // Tomcat's processor kept its HTTP/0.9 flag for the next connection, whose unreadable line got a bare body
        for (String line : List.of("GET /api/agenda ", "POST /api/agenda", "GET", " GET /api/agenda HTTP/1.1",
                "GET /api/agenda/%zz",
                "GET /api/agenda/\u00ff HTTP/1.1", "GET /api/agenda/\u0001 HTTP/1.1")) {
            for (int processor = 0; processor < 4; processor++) {
                RawHttp.send(port, "GET /api/agenda\r\n\r\n");
            }
            RawHttp answer = RawHttp.send(port, line + "\r\nHost: localhost\r\n\r\n");

            assertThat(answer.headers()).as("[%s]", line).matches("(?s)HTTP/1\\.1 (400|505) .*");
            assertProblem(answer, answer.status());
        }
    }

    @Test
    void aPathThatDoesNotExistIsNotFoundEvenForABrowser() throws IOException {
        RawHttp answer = RawHttp.send(port, "GET /no/such/page HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                + "Connection: close\r\n\r\n");

        assertProblem(answer, 404);
    }

    @Test
    void aMethodThePathDoesNotTakeNamesTheMethodsItDoes() throws IOException {
        RawHttp answer = RawHttp.send(port, "DELETE /api/agenda HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\n\r\n");

        assertProblem(answer, 405);
        assertThat(answer.head("allow")).contains("GET");
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingTheParameter() throws IOException {
        JsonNode problem = assertProblem(get("/api/agenda?q=budget%00"), 400);

        assertThat(problem.get("parameter").asText()).isEqualTo("q");
        assertThat(problem.get("detail").asText()).contains("U+0000");
    }

    @Test
    void aBidiOverrideInAQueryParameterIsRefusedNamingTheParameter() throws IOException {
        JsonNode problem = assertProblem(get("/api/agenda?q=%E2%80%AEtegdub"), 400);

        assertThat(problem.get("parameter").asText()).isEqualTo("q");
    }

    @Test
    void anOperatorInAParameterNameIsNoParameterOfThePath() throws IOException {
        RawHttp answer = get("/api/agenda?q%5B%24ne%5D=x");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("q=null");
    }

    @Test
    void bracketsNotPercentEncodedAreRefusedAsAProblem() throws IOException {
        assertProblem(get("/api/agenda?q[$ne]=x"), 400);
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws IOException {
        assertProblem(post("{\"title\": \"Budget\", \"title\": \"Minutes\"}"), 400);
    }

    @Test
    void contentAfterTheJsonValueIsRefused() throws IOException {
        assertProblem(post("{\"title\": \"Budget\"} {\"title\": \"Minutes\"}"), 400);
    }

    @Test
    void aBodyNestedDeeperThanAnyCommandIsRefused() throws IOException {
        String deep = "{\"a\":".repeat(StrictJson.MAXIMUM_DEPTH) + "1" + "}".repeat(StrictJson.MAXIMUM_DEPTH);

        assertProblem(post("{\"title\": \"Budget\", \"extra\": " + deep + "}"), 400);
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefused() throws IOException {
        assertProblem(post("{\"title\": 12}"), 400);
    }

    @Test
    void aWellFormedBodyIsRead() throws IOException {
        RawHttp answer = post("{\"title\": \"Budget\", \"extra\": {\"a\": [1, 2]}}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("Budget");
    }

    private RawHttp get(String target) throws IOException {
        return RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private RawHttp post(String json) throws IOException {
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return RawHttp.send(port, "POST /api/agenda HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + json);
    }

    private static JsonNode assertProblem(RawHttp answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.headers() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.hasNonNull("title")).isTrue();
        assertThat(problem.hasNonNull("type")).isTrue();
        return problem;
    }
}
