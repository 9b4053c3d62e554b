package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request lines no client should send, written on a socket to both services: with no HTTP version (which Tomcat
 * reads as HTTP/0.9, and answered with a bare body — a page, the health, a problem — with no status line), a
 * version not spoken, stray spaces, tabs, control characters and bytes that are no text, a method or target that is
 * no method or target. Each is answered as HTTP/1.1 with a status line, an error as problem+json, also on a
 * connection after an HTTP/0.9 request (whose flag Tomcat's processor kept for the next connection it served).
 */
class MalformedRequestLinesIT {

    private static final List<String> LINES = List.of("GET /", "GET / ", "GET /\r", "GET /actuator/health",
            "GET /api/meetings", "GET /x", "POST /", "POST /api/meetings", "HEAD /", "DELETE /x", "GET", "GET ",
            " GET / HTTP/1.1", "GET  / HTTP/1.1", "GET  /", "get / HTTP/1.1", "GET / HTTP/1.1 ", "GET / HTTP/1.1 x",
            "GET / HTTP/2.0", "GET / HTTP/0.9", "GET / HTTP/1", "GET / http/1.1", "GET / FOO", "GET / HTTP/1.1/",
            "GET / HTTP/1.1\u0000", "G\u0000T / HTTP/1.1", "GET /\u0000 HTTP/1.1", "GET /\u007f HTTP/1.1",
            "GET /\u00ff HTTP/1.1", "GET /\u00ff", "GET /%", "GET /%zz", "GET /a b HTTP/1.1", "GET\t/\tHTTP/1.1",
            "GET /\tHTTP/1.1", "GET http://x/ HTTP/1.1", "GET * HTTP/1.1", "OPTIONS * HTTP/1.1", "CONNECT x:1 HTTP/1.1",
            "PRI * HTTP/2.0", "X / HTTP/1.1", "\u0016\u0003\u0001\u0000", "GET /?a=[] HTTP/1.1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Minutebook minutebook;

    @BeforeAll
    static void theServices() throws Exception {
        minutebook = Minutebook.running();
    }

    @Test
    void everyRequestLineIsAnsweredWithAStatusLineAndEveryErrorIsAProblem() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String service : List.of(minutebook.commandSide(), minutebook.querySide())) {
            for (String line : LINES) {
                // first an HTTP/0.9 request, whose flag Tomcat kept on the processor for the next connection
                send(service, "GET /actuator/health\r\n\r\n");
                String answer = send(service, line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
                String why = wrongWith(line, answer);
                if (why != null) {
                    wrong.add(service + " [" + line.replaceAll("\\p{Cntrl}", "?") + "]: " + why);
                }
            }
        }

        assertThat(wrong).as(wrong.size() + " of " + LINES.size() * 2 + " answers").isEmpty();
    }

    /**
     * What is wrong with the answer, or null: no status line, a server error, or an error that is not problem+json
     * (whose body a {@code HEAD} does not get).
     */
    private static String wrongWith(String line, String answer) {
        if (!answer.matches("(?s)HTTP/1\\.[01] \\d{3} .*")) {
            return "no status line: " + answer.substring(0, Math.min(answer.length(), 80));
        }
        int status = Integer.parseInt(answer.substring(9, 12));
        int end = answer.indexOf("\r\n\r\n");
        String head = answer.substring(0, Math.max(end, 0)).toLowerCase(Locale.ROOT);
        String body = end < 0 ? "" : answer.substring(end + 4);
        // 505 is the answer to a version not spoken; 501 Tomcat's to CONNECT, which no origin server implements
        if (status >= 500 && status != 505 && status != 501) {
            return status + " " + answer;
        }
        if (status < 400) {
            return null;
        }
        if (!head.contains("content-type: application/problem+json")) {
            return "not problem+json: " + head;
        }
        if (body.isEmpty() && line.startsWith("HEAD ")) {
            return null;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            return problem != null && problem.path("status").asInt() == status ? null : "not its problem: " + body;
        } catch (IOException notJson) {
            return "not JSON: " + body;
        }
    }

    private static String send(String service, String request) throws IOException {
        URI base = URI.create(service);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(answer);
            } catch (SocketException | SocketTimeoutException closedOrSilent) {
                // what came before is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
