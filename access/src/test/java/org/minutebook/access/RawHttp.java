package org.minutebook.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Sends a request byte for byte, as no well-behaved client would, and reads the answer of a closed connection. */
record RawHttp(int status, String headers, String body) {

    static RawHttp send(int port, String request) throws IOException {
        return sendFrom("127.0.0.1", port, request);
    }

    /** Sent from another address of the loopback network (127.0.0.2…): another caller, to the service. */
    static RawHttp sendFrom(String address, int port, String request) throws IOException {
        try (Socket socket = new Socket(java.net.InetAddress.getByName("127.0.0.1"), port,
                java.net.InetAddress.getByName(address), 0)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = readAll(socket.getInputStream());
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            String body = end < 0 ? "" : answer.substring(end + 4);
            // an answer with no status line (Tomcat's to HTTP/0.9) has no status: -1
            int status = head.matches("(?s)HTTP/1\\.[01] \\d{3}.*") ? Integer.parseInt(head.substring(9, 12)) : -1;
            RawHttp raw = new RawHttp(status, head, body);
            return "chunked".equalsIgnoreCase(raw.head("transfer-encoding"))
                    ? new RawHttp(raw.status, head, unchunked(body)) : raw;
        }
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the problems here are ASCII, so a character is a byte
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    String contentType() {
        return head("content-type");
    }

    String head(String name) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (java.net.SocketException reset) {
            // the server closes after an error answer; what it sent before is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
