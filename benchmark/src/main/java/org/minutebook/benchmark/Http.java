package org.minutebook.benchmark;

import org.minutebook.localstack.Credentials;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * The benchmark's HTTP client: java.net.http over loopback. Commands are sent as the built-in {@code clerk} and
 * admin calls as {@code operator} (HTTP Basic), with the passwords the benchmark's services are started with.
 */
final class Http {

    enum User { CLERK, OPERATOR, NONE }

    // A pool wider than the largest client count, so the client never queues work the server could take.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16, daemon("http")))
            .build();
    /** The services' built-in users, for this run only. */
    static final Credentials CREDENTIALS = Credentials.fresh();
    private static final String CLERK = basic("clerk", CREDENTIALS.password("clerk"));
    private static final String OPERATOR = basic("operator", CREDENTIALS.password("operator"));

    private Http() {
    }

    static HttpRequest request(String method, String url, String json, User user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (json != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String credentials = switch (user) {
            case CLERK -> CLERK;
            case OPERATOR -> OPERATOR;
            case NONE -> null;
        };
        if (credentials != null) {
            builder.header("Authorization", credentials);
        }
        return builder.build();
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) {
        return send(request("GET", url, null, User.NONE));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
