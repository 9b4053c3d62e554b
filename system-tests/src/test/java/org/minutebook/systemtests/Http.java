package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain HTTP client for the services' JSON APIs, as any officer's tool would use them: writes are sent by the
 * clerk unless another user is named, reads by the public (no sign-in) unless a user is named.
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, HttpResponse<String> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + raw.body(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private Http() {
    }

    static Response post(String url, String json, String... headers) throws IOException, InterruptedException {
        return send("POST", url, json, headers);
    }

    static Response postAs(Users.User user, String url, String json, String... headers)
            throws IOException, InterruptedException {
        return sendAs(user, "POST", url, json, headers);
    }

    static Response send(String method, String url, String json, String... headers)
            throws IOException, InterruptedException {
        return sendAs(Users.CLERK, method, url, json, headers);
    }

    static Response sendAs(Users.User user, String method, String url, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", user.authorization());
        }
        // a header given replaces the one set above (a test's own Content-Type or Authorization)
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    static Response get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** A read the test expects to answer 200 (the status and body are told when it does not), as JSON. */
    static JsonNode ok(String url) throws IOException, InterruptedException {
        Response response = get(url);
        if (response.status() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.status() + ": " + response.raw().body());
        }
        return response.json();
    }

    /** One field of every row, as text, in order. */
    static List<String> texts(JsonNode rows, String field) {
        List<String> texts = new ArrayList<>();
        rows.forEach(row -> texts.add(row.path(field).asText()));
        return texts;
    }

    static Response getAs(Users.User user, String url) throws IOException, InterruptedException {
        return get(url, "Authorization", user.authorization());
    }

    private static Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response);
    }
}
