package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request written byte for byte on a socket, as no well-behaved client (nor {@code java.net.http}) would send
 * it: a request target with control characters or broken percent-encoding, a header that lies about the body's
 * length. HTTP/1.0, so the answer ends with the connection and is never chunked.
 */
record RawRequest(String what, String method, String target, Map<String, String> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    RawRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RawRequest(what, method, target, more, body);
    }

    Answer sendTo(String baseUrl) throws IOException {
        return sendFrom("127.0.0.1", baseUrl);
    }

    /** Sent from another address of the loopback network (127.0.0.2…): to the service, another caller. */
    Answer sendFrom(String address, String baseUrl) throws IOException {
        URI base = URI.create(baseUrl);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.0\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!headers.containsKey("Content-Length") && body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(),
                InetAddress.getByName(address), 0)) {
            socket.setSoTimeout(10_000);
            // the request line and headers may hold any byte: ISO-8859-1 writes each character as one
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return Answer.of(readAnswer(socket.getInputStream()));
        } catch (SocketException refusedWhileSending) {
            return new Answer(0, Map.of(), "connection closed while sending: " + refusedWhileSending.getMessage());
        } catch (SocketTimeoutException noAnswer) {
            return new Answer(0, Map.of(), "no answer within 10 s");
        }
    }

    /**
     * Up to the end of the connection, or of the body its {@code Content-Length} announces: a server that refused
     * a body it was promised may wait for it before closing, and need not.
     */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
                if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (SocketException closed) {
            // a refusal may close the connection before the request is read: what came is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static boolean complete(String soFar) {
        int end = soFar.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String length = Answer.of(soFar).headers().get("content-length");
        return length != null && soFar.length() - end - 4 >= Integer.parseInt(length);
    }

    /** The status, the headers (names in lower case) and the body of an answer. */
    record Answer(int status, Map<String, String> headers, String body) {

        static Answer of(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = (end < 0 ? raw : raw.substring(0, end)).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            String[] statusLine = lines[0].split(" ");
            int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : 0;
            return new Answer(status, headers, end < 0 ? "" : raw.substring(end + 4));
        }

        /** The problem's fields, or null when the body is not JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                return null;
            }
        }
    }
}
