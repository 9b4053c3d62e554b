package org.minutebook.benchmark;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
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
 * The benchmark's HTTP clients over loopback. Commands go through a blocking client (Apache HttpClient classic):
 * the calling thread writes the request and reads the answer on a kept-alive connection of its own, because the
 * commands figure's load generator shares the two cores with the system it measures, and java.net.http's selector
 * thread and future chains cost it up to twice the CPU a command (performance.md). The open-loop figures,
 * which must not wait for an answer before the next request, and the admin calls use java.net.http. Commands are
 * sent as the built-in {@code clerk} and admin calls as {@code operator} (HTTP Basic), with the passwords the
 * benchmark's services are started with.
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

    /**
     * More connections than the largest client count, so a client thread never waits for one; a connection idle
     * for a second is checked before it is used (the service closes idle ones, and a command is not retried).
     */
    private static final CloseableHttpClient COMMANDS = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(64).setMaxConnPerRoute(64)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(30))
                            .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build())
                    .build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .build();

    /** A command's answer: its status and, when asked for, its body. */
    record Answer(int status, String body) {
        boolean accepted() {
            return status / 100 == 2;
        }
    }

    private Http() {
    }

    /**
     * Sends a command as the clerk and waits for its answer on the calling thread; the body is read only when
     * wanted (either way it is drained, so the connection is kept for the next command).
     */
    static Answer command(String method, String url, String json, boolean wantBody) {
        var request = ClassicRequestBuilder.create(method).setUri(url)
                .setHeader("Authorization", CLERK)
                .setEntity(new StringEntity(json, ContentType.APPLICATION_JSON))
                .build();
        try {
            return COMMANDS.execute(request, response -> {
                String body = null;
                if (wantBody && response.getEntity() != null) {
                    body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                } else {
                    EntityUtils.consume(response.getEntity());
                }
                return new Answer(response.getCode(), body);
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(method + " " + url + " failed", e);
        }
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
