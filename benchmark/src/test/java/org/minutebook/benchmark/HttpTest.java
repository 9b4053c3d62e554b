package org.minutebook.benchmark;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's clerk records a meeting through the blocking client: each command reaches the service as the
 * clerk sent it (signed in, as JSON), each answer's status is told, a refusal's body too, and the commands go over
 * one kept-alive connection rather than one each.
 */
class HttpTest {

    private final List<String> received = new ArrayList<>();
    private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
    private HttpServer commandSide;

    @BeforeEach
    void startACommandSide() throws IOException {
        commandSide = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        commandSide.createContext("/api/meetings", exchange -> {
            connections.add(exchange.getRemoteAddress());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            boolean refused = body.contains("\"title\":\"\"");
            byte[] answer = (refused ? "{\"rule\":\"item-title-required\"}" : "{\"version\":3}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refused ? 422 : 201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        commandSide.start();
    }

    @AfterEach
    void stopTheCommandSide() {
        commandSide.stop(0);
    }

    @Test
    void aClerksCommandsReachTheServiceSignedInOverOneKeptAliveConnectionAndEachAnswerIsTold() {
        String base = "http://127.0.0.1:" + commandSide.getAddress().getPort() + "/api/meetings";

        Http.Answer scheduled = Http.command("POST", base, "{\"meetingId\":\"cfosc-2021-11-02\"}", true);
        Http.Answer item = Http.command("POST", base + "/cfosc-2021-11-02/agenda/items", "{\"title\":\"Apologies\"}",
                false);
        Http.Answer refused = Http.command("POST", base + "/cfosc-2021-11-02/agenda/items", "{\"title\":\"\"}", true);

        assertThat(scheduled.status()).isEqualTo(201);
        assertThat(scheduled.accepted()).isTrue();
        assertThat(Meetings.version(scheduled.body())).isEqualTo(3);
        assertThat(item.accepted()).isTrue();
        assertThat(item.body()).isNull();
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.body()).contains("item-title-required");
        String clerk = "Basic " + Base64.getEncoder().encodeToString(
                ("clerk:" + Http.CREDENTIALS.password("clerk")).getBytes(StandardCharsets.UTF_8));
        assertThat(received).containsExactly(
                "POST /api/meetings " + clerk + " application/json; charset=UTF-8 {\"meetingId\":\"cfosc-2021-11-02\"}",
                "POST /api/meetings/cfosc-2021-11-02/agenda/items " + clerk
                        + " application/json; charset=UTF-8 {\"title\":\"Apologies\"}",
                "POST /api/meetings/cfosc-2021-11-02/agenda/items " + clerk
                        + " application/json; charset=UTF-8 {\"title\":\"\"}");
        assertThat(connections).hasSize(1);
    }
}
