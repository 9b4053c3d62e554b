package org.minutebook.subscriber;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * Receives the decisions minutebook delivers by webhook (an operator registers this receiver's URL and gives it the
 * secret): each a POST of one published decision, signed as the Standard Webhooks specification says. A delivery
 * whose signature does not check, or whose timestamp is more than five minutes off, is refused with 401 and handled
 * not at all; one that checks is handed on and answered 204, after which minutebook sends the next. Nothing but the
 * JDK's HTTP server and HMAC, and a JSON parser.
 */
final class WebhookReceiver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TOLERANCE_SECONDS = 5 * 60;

    private final byte[] key;
    private final Consumer<DecisionEvent> handle;

    /** @param secret the subscriber's secret, {@code whsec_} and base64, as minutebook gave it at registration */
    WebhookReceiver(String secret, Consumer<DecisionEvent> handle) {
        this.key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
        this.handle = handle;
    }

    /** Listens on {@code port} (all interfaces) until the process stops. */
    HttpServer listen(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/", this::receive);
        server.start();
        return server;
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
            if (!verified(id, timestamp, signatures, body)) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            handle.accept(DecisionEvent.published(JSON.readTree(body)));
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** The timestamp is recent and one of the signatures ("v1,<base64>", space apart) is ours over id.timestamp.body. */
    boolean verified(String id, String timestamp, String signatures, String body) {
        if (id == null || timestamp == null || signatures == null || !timestamp.matches("\\d{1,12}")
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = sign(id + "." + timestamp + "." + body);
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected, decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
