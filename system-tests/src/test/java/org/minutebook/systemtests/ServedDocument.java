package org.minutebook.systemtests;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's OpenAPI document as it serves it, and real exchanges held to it with Atlassian's validator: the
 * status must be one the operation documents, and the body and headers must fit what it documents for that status
 * (and a request the test means to be well formed must fit the request's description). Keeps which operations were
 * exercised, so a test can show it left none out.
 */
final class ServedDocument {

    private final String service;
    private final JsonNode document;
    private final OpenApiInteractionValidator validator;
    private final Map<String, Pattern> templates = new LinkedHashMap<>();
    private final Set<String> exercised = new TreeSet<>();

    private ServedDocument(String service, String json, JsonNode document) {
        this.service = service;
        this.document = document;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(json).build();
        document.get("paths").fieldNames().forEachRemaining(path -> templates.put(path,
                Pattern.compile(Pattern.quote(path).replaceAll("\\{\\w+}", "\\\\E[^/]+\\\\Q"))));
    }

    /** The document the service serves now; a copy is kept under target/ to read when a check fails. */
    static ServedDocument of(String service) throws Exception {
        Http.Response served = Http.get(service + "/v3/api-docs");
        assertThat(served.status()).as("GET /v3/api-docs of " + service).isEqualTo(200);
        Path copy = Path.of("target", "api-docs", URI.create(service).getPort() + ".json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, served.json().toPrettyString());
        return new ServedDocument(service, served.raw().body(), served.json());
    }

    JsonNode document() {
        return document;
    }

    /** Every operation the document describes, as "METHOD /path/{template}". */
    List<String> operations() {
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }

    JsonNode operation(String operation) {
        String[] methodAndPath = operation.split(" ", 2);
        return document.get("paths").get(methodAndPath[1]).get(methodAndPath[0].toLowerCase());
    }

    Set<String> exercised() {
        return exercised;
    }

    /** Sends a request meant to be well formed; both it and the answer must fit the document. */
    Http.Response send(Users.User user, String method, String path, String body, String... headers) throws Exception {
        Http.Response response = exchange(user, method, path, body, headers);
        ValidationReport report = validator.validate(request(user, method, path, body, headers),
                response(response));
        assertFits(method, path, response, report);
        return response;
    }

    /** Sends a request the service is to refuse; the refusal must be one the document describes. */
    Http.Response refused(Users.User user, String method, String path, String body, String... headers)
            throws Exception {
        Http.Response response = exchange(user, method, path, body, headers);
        URI uri = URI.create(path);
        ValidationReport report = validator.validateResponse(uri.getPath(), Request.Method.valueOf(method),
                response(response));
        assertFits(method, path, response, report);
        return response;
    }

    private Http.Response exchange(Users.User user, String method, String path, String body, String... headers)
            throws Exception {
        exercised.add(method + " " + template(URI.create(path).getPath()));
        if (method.equals("GET")) {
            List<String> all = new ArrayList<>(List.of(headers));
            if (user != null) {
                all.addAll(List.of("Authorization", user.authorization()));
            }
            return Http.get(service + path, all.toArray(String[]::new));
        }
        return Http.sendAs(user, method, service + path, body == null ? "" : body, headers);
    }

    /** The document's template a path falls under: the one with the fewest variables, as Spring MVC picks. */
    private String template(String path) {
        return templates.entrySet().stream().filter(template -> template.getValue().matcher(path).matches())
                .map(Map.Entry::getKey)
                .min(Comparator.comparingInt(template -> template.split("\\{").length))
                .orElseThrow(() -> new AssertionError(path + " is not a path the document of " + service
                        + " describes"));
    }

    private void assertFits(String method, String path, Http.Response response, ValidationReport report) {
        String body = response.raw().body();
        assertThat(report.getMessages())
                .as("%s %s answered %d (%s), which does not fit the document of %s", method, path, response.status(),
                        body.length() > 300 ? body.substring(0, 300) + "…" : body, service)
                .isEmpty();
    }

    private static Request request(Users.User user, String method, String path, String body, String... headers) {
        URI uri = URI.create(path);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                request.withQueryParam(decode(nameAndValue[0]), nameAndValue.length > 1 ? decode(nameAndValue[1]) : "");
            }
        }
        if (user != null) {
            request.withAuthorization(user.authorization());
        }
        if (!method.equals("GET")) {
            request.withContentType("application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.withHeader(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.withBody(body);
        }
        return request.build();
    }

    private static SimpleResponse response(Http.Response response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status())
                .withBody(response.raw().body());
        response.raw().headers().map().forEach((name, values) -> {
            for (Iterator<String> value = values.iterator(); value.hasNext(); ) {
                answer.withHeader(name, value.next());
            }
        });
        return answer.build();
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
