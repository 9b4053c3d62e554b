package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests no clerk's tool would send, generated from a service's OpenAPI document: for every operation, its path,
 * parameters and request body are taken and spoilt — malformed, oversized, wrongly typed, MongoDB operators where
 * text is expected, control and bidirectional-override characters in every text, the wrong content type, method,
 * path variable, {@code If-Match} or {@code Idempotency-Key}. Each is built so that no version of the service that
 * keeps its rules could record anything from it; a request that reaches a rule at all reaches it on a real
 * meeting, so that a refusal is not merely a 404.
 */
final class HostileRequests {

    /** Characters no text may hold, each of them refused wherever it stands in a body. */
    private static final List<String> REFUSED_TEXTS = List.of("Councillor\u0000Cole", "Budget\u0007",
            "Minutes\u0085", "Cllr \u202Eeloc", "Item \u2066one\u2069");
    private static final List<String> MALFORMED_BODIES = List.of("{\"", "{\"a\": 1,}", "{} {}", "[]", "\"a text\"",
            "null", "{\"a\": " + "[".repeat(40) + "]".repeat(40) + "}");
    private static final String MALFORMED = "{\"";
    private static final List<String> BAD_PATH_VALUES = List.of("%00", "..%2F..%2Fadmin", "%E2%80%AE", "%zz",
            "a%20b", "$ne");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> realIds;
    private final BiFunction<String, String, Users.User> whoMay;

    /**
     * @param realIds the value of each path variable that names a real record (a variable not named gets a made-up
     *                id)
     * @param whoMay  the user who may send an operation (method, path), so it is refused for what it holds rather
     *                than for who sent it
     */
    HostileRequests(Map<String, String> realIds, BiFunction<String, String, Users.User> whoMay) {
        this.realIds = realIds;
        this.whoMay = whoMay;
    }

    static OpenAPI parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new AssertionError("Not an OpenAPI document: " + document);
        }
        return api;
    }

    /** Every operation of the document, as "METHOD path". */
    static List<String> operations(OpenAPI api) {
        List<String> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(method.name() + " " + path)));
        return operations;
    }

    List<RawRequest> from(OpenAPI api) {
        List<RawRequest> requests = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            item.readOperationsMap().forEach((method, operation) ->
                    requests.addAll(of(method.name(), path, item, operation)));
            requests.addAll(wrongMethods(path, item));
        });
        return requests;
    }

    private List<RawRequest> of(String method, String path, PathItem item, Operation operation) {
        List<RawRequest> requests = new ArrayList<>();
        Schema<?> body = jsonBody(operation);
        boolean write = WRITES.contains(method);
        for (String variable : variables(path)) {
            for (String bad : BAD_PATH_VALUES) {
                requests.add(request(method, path, target(path, variable, bad), write ? MALFORMED : null,
                        "path variable " + variable + "=" + bad));
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        for (Parameter parameter : parameters) {
            if ("query".equals(parameter.getIn())) {
                requests.addAll(spoiltParameter(method, path, parameter.getName(), parameter.getSchema(), write));
            }
        }
        // a parameter the operation does not take holds a NUL, or is an operator: it reaches no query either way
        requests.add(request(method, path, target(path, null, null) + "?note=a%00b", write ? MALFORMED : null,
                "a NUL in a parameter not taken"));
        if (!write) {
            requests.add(request(method, path, target(path, null, null) + "?meetingId%5B%24ne%5D=x", null,
                    "meetingId[$ne] encoded, a parameter not taken"));
        }
        if (write) {
            // an operator in a query string, sent as it is: brackets are not allowed in a request target
            requests.add(request(method, path, target(path, null, null) + "?meetingId[$ne]=x", MALFORMED,
                    "meetingId[$ne] in the query string"));
        }
        if (body != null) {
            requests.addAll(spoiltBodies(method, path, body));
        }
        return requests;
    }

    private List<RawRequest> spoiltBodies(String method, String path, Schema<?> body) {
        List<RawRequest> requests = new ArrayList<>();
        String target = target(path, null, null);
        for (String malformed : MALFORMED_BODIES) {
            requests.add(request(method, path, target, malformed, "malformed body " + shorten(malformed)));
        }
        String twice = firstProperty(body);
        requests.add(request(method, path, target, "{\"" + twice + "\": \"a\", \"" + twice + "\": \"b\"}",
                "duplicate key " + twice));
        requests.add(request(method, path, target, null, "declared body over 1 MiB")
                .withHeader("Content-Length", "1048577"));
        requests.add(request(method, path, target, "title=Budget", "a form's body")
                .withHeader("Content-Type", "application/x-www-form-urlencoded"));
        requests.add(request(method, path, target, "{}", "text/plain").withHeader("Content-Type", "text/plain"));
        requests.add(request(method, path, target, "{}", "no content type").withHeader("Content-Type", ""));
        for (String ifMatch : List.of("W/\"-5\"", "\"seven\"", "\"1\"x", "*")) {
            requests.add(request(method, path, target, "{}", "If-Match " + ifMatch).withHeader("If-Match", ifMatch));
        }
        requests.add(request(method, path, target, "{}", "Idempotency-Key with a space")
                .withHeader("Idempotency-Key", "key one"));
        requests.add(request(method, path, target, "{}", "Idempotency-Key of 201 characters")
                .withHeader("Idempotency-Key", "k".repeat(201)));
        Map<String, Object> leaves = new LinkedHashMap<>();
        leaves(body, "", leaves, 0);
        int field = 0;
        for (Map.Entry<String, Object> leaf : leaves.entrySet()) {
            String dotted = leaf.getKey();
            for (Object spoilt : spoilt((Schema<?>) leaf.getValue(), field++)) {
                requests.add(request(method, path, target, json(nested(dotted, spoilt)), dotted + "=" + shorten(
                        String.valueOf(spoilt))));
            }
        }
        return requests;
    }

    /** The values that must be refused in a field of this schema: one refused text (each field another), and more. */
    private static List<Object> spoilt(Schema<?> schema, int field) {
        List<Object> values = new ArrayList<>(List.of(REFUSED_TEXTS.get(field % REFUSED_TEXTS.size())));
        String type = type(schema);
        if (type == null || "object".equals(type)) {
            return values;
        }
        values.add(Map.of("$gt", 1));
        switch (type) {
            case "string" -> {
                values.add(12);
                values.add(true);
                if ("date".equals(schema.getFormat()) || "date-time".equals(schema.getFormat())) {
                    values.add(18933);
                    values.add("-0001-11-02" + ("date".equals(schema.getFormat()) ? "" : "T14:00"));
                }
            }
            case "integer", "number" -> {
                values.add("twelve");
                values.add(1.5);
            }
            case "boolean" -> values.add("maybe");
            case "array" -> values.add("not a list");
            default -> {
            }
        }
        return values;
    }

    /** Every field down to the texts and values, as a dotted path: {@code chair.name}, {@code parts}. */
    private static void leaves(Schema<?> schema, String prefix, Map<String, Object> leaves, int depth) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.isEmpty() || depth > 2) {
            if (!prefix.isEmpty()) {
                leaves.put(prefix, schema);
            }
            return;
        }
        if (!prefix.isEmpty()) {
            leaves.put(prefix, schema);
        }
        properties.forEach((name, property) -> leaves(property, prefix.isEmpty() ? name : prefix + "." + name,
                leaves, depth + 1));
    }

    private List<RawRequest> spoiltParameter(String method, String path, String name, Schema<?> schema,
                                             boolean write) {
        List<String> values = new ArrayList<>(List.of("%00", "%E2%80%AE", "%zz", "%07"));
        String type = schema == null ? null : type(schema);
        if ("integer".equals(type) || "number".equals(type)) {
            values.addAll(List.of("abc", "9223372036854775808"));
        } else if ("boolean".equals(type)) {
            values.add("maybe");
        } else if (schema != null && schema.getEnum() != null) {
            values.add("NO_SUCH_VALUE");
        } else if ("date".equals(schema == null ? null : schema.getFormat())) {
            values.addAll(List.of("-1", "2021-13-45", "18933"));
        }
        String body = write ? MALFORMED : null;
        List<RawRequest> requests = new ArrayList<>();
        String target = target(path, null, null);
        for (String value : values) {
            requests.add(request(method, path, target + "?" + name + "=" + value, body, name + "=" + value));
        }
        requests.add(request(method, path, target + "?" + name + "[$ne]=x", body, name + "[$ne] sent as it is"));
        if (!write) {
            // percent-encoded, an operator reaches the service: there it is a parameter the path does not take
            requests.add(request(method, path, target + "?" + name + "%5B%24ne%5D=x", null, name + "[$ne] encoded"));
            requests.add(request(method, path, target + "?" + name + "=" + encoded("{\"$ne\": null}"), null,
                    name + " = an operator as text"));
        }
        return requests;
    }

    /** The methods a path does not take, each with a body that could not be read anyway. */
    private List<RawRequest> wrongMethods(String path, PathItem item) {
        List<RawRequest> requests = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        item.readOperationsMap().keySet().forEach(method -> taken.add(method.name()));
        for (String method : METHODS) {
            if (!taken.contains(method)) {
                requests.add(request(method, path, target(path, null, null), MALFORMED, "a method the path does not take"));
            }
        }
        return requests;
    }

    private RawRequest request(String method, String path, String target, String body, String what) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "localhost");
        headers.put("Authorization", whoMay.apply(method, path).authorization());
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return new RawRequest(method + " " + path + ": " + what, method, target, headers, body);
    }

    /** The path with each variable a real id, but the one spoilt. */
    private String target(String path, String spoiltVariable, String spoiltValue) {
        Matcher variable = PATH_VARIABLE.matcher(path);
        StringBuilder target = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = name.equals(spoiltVariable) ? spoiltValue : realIds.getOrDefault(name, "made-up-1");
            variable.appendReplacement(target, Matcher.quoteReplacement(value));
        }
        variable.appendTail(target);
        return target.toString();
    }

    private static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        Matcher variable = PATH_VARIABLE.matcher(path);
        while (variable.find()) {
            names.add(variable.group(1));
        }
        return names;
    }

    private static Schema<?> jsonBody(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json == null) {
            json = operation.getRequestBody().getContent().values().stream().findFirst().orElse(null);
        }
        // a body described as no more than "a string" still takes a JSON object: its fields are not known
        return json == null || json.getSchema() == null ? new Schema<>() : json.getSchema();
    }

    private static String firstProperty(Schema<?> body) {
        return body.getProperties() == null || body.getProperties().isEmpty() ? "title"
                : body.getProperties().keySet().iterator().next();
    }

    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null || schema.getTypes().isEmpty() ? null : schema.getTypes().iterator().next();
    }

    private static Map<String, Object> nested(String dotted, Object value) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? Map.of(dotted, value) : Map.of(dotted.substring(0, dot), nested(dotted.substring(dot + 1),
                value));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
