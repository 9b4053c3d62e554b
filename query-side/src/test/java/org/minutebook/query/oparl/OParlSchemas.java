package org.minutebook.query.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * OParl 1.1's published JSON schemas ({@code src/test/resources/oparl-1.1}, from the specification's repository:
 * see its README), and an object checked against them as an OParl validator checks it: against the schema its
 * {@code type} names (networknt's json-schema-validator, draft 4, as the schemas were written), then each object
 * it holds inside against the schema the property names ({@code "schema": "File.json"}, which the schemas say in
 * a keyword of their own rather than {@code $ref}), and each value the schemas give {@code "format": "url"} as an
 * absolute http(s) URL. Vendor extensions ({@code minutebook:…}) are not checked: the schemas allow them.
 * Shared with the system tests (the query side's test jar).
 */
public final class OParlSchemas {

    private static final String TYPE_PREFIX = "https://schema.oparl.org/1.1/";
    private static final List<String> KINDS = List.of("System", "Body", "Organization", "Membership", "Person",
            "Meeting", "AgendaItem", "Paper", "File", "Location", "LegislativeTerm", "Consultation");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> schemaNodes = new HashMap<>();
    private final Map<String, Schema> schemas = new HashMap<>();

    public OParlSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        for (String kind : KINDS) {
            String text = resource(kind + ".json");
            try {
                schemaNodes.put(kind, JSON.readTree(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            schemas.put(kind, registry.getSchema(text, InputFormat.JSON));
        }
    }

    private static String resource(String name) {
        try (InputStream in = OParlSchemas.class.getResourceAsStream("/oparl-1.1/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No OParl schema " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind an object's {@code type} names ("Meeting"), or null when it names none of OParl 1.1's. */
    public static String kindOf(JsonNode object) {
        String type = object.path("type").asText("");
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : null;
    }

    /** Every error of an object (and of the objects it holds), each naming where; none when it is valid. */
    public List<String> errorsOf(JsonNode object) {
        List<String> errors = new ArrayList<>();
        check(object, kindOf(object), "$", errors);
        return errors;
    }

    /**
     * Every error of a page of an external list: its {@code data}, {@code pagination} and {@code links}, and each
     * object of its data.
     */
    public List<String> errorsOfList(JsonNode page) {
        List<String> errors = new ArrayList<>();
        if (!page.path("data").isArray()) {
            errors.add("$.data: a list page has no data array");
        }
        if (!page.path("pagination").isObject()) {
            errors.add("$.pagination: a list page has no pagination object");
        }
        if (!page.path("links").isObject()) {
            errors.add("$.links: a list page has no links object");
        }
        page.path("links").fields().forEachRemaining(link -> url(link.getValue(), "$.links." + link.getKey(),
                errors));
        int i = 0;
        for (JsonNode object : page.path("data")) {
            check(object, kindOf(object), "$.data[" + i++ + "]", errors);
        }
        return errors;
    }

    private void check(JsonNode object, String kind, String at, List<String> errors) {
        walk(object, kind, at, new Walk() {
            @Override
            public void object(JsonNode found, String foundKind, String foundAt) {
                if (foundKind == null || !schemas.containsKey(foundKind)) {
                    errors.add(foundAt + ": type " + found.path("type") + " is not an OParl 1.1 type");
                    return;
                }
                if (!foundKind.equals(kindOf(found))) {
                    errors.add(foundAt + ": is a " + found.path("type") + " where the schema holds a " + foundKind);
                }
                schemas.get(foundKind).validate(found.toString(), InputFormat.JSON)
                        .forEach(error -> errors.add(foundAt + " (" + foundKind + ") " + error.getInstanceLocation()
                                + ": " + error.getMessage()));
            }

            @Override
            public void url(JsonNode value, String foundAt) {
                OParlSchemas.url(value, foundAt, errors);
            }
        });
    }

    /** What a walk over an object and the objects it holds meets: each object, and each value given as a URL. */
    private interface Walk {

        void object(JsonNode object, String kind, String at);

        void url(JsonNode value, String at);
    }

    /**
     * Walks an object as its schema describes it: the object itself, each value the schema calls a URL, and each
     * object held inside (by the schema's own {@code schema} keyword), in turn.
     */
    private void walk(JsonNode object, String kind, String at, Walk walk) {
        walk.object(object, kind, at);
        if (kind == null || !schemaNodes.containsKey(kind)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schemaNodes.get(kind).path("properties").fields();
             it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = object.get(property.getKey());
            if (value == null || value.isNull()) {
                continue;
            }
            String path = at + "." + property.getKey();
            JsonNode described = property.getValue();
            if ("url".equals(described.path("format").asText())) {
                walk.url(value, path);
            }
            if ("url".equals(described.path("items").path("format").asText())) {
                value.forEach(element -> walk.url(element, path + "[]"));
            }
            String inner = described.path("schema").asText(described.path("items").path("schema").asText(""));
            if (!"externalList".equals(described.path("references").asText()) && inner.endsWith(".json")) {
                String innerKind = inner.substring(0, inner.length() - ".json".length());
                if (value.isArray()) {
                    int i = 0;
                    for (JsonNode element : value) {
                        walk(element, innerKind, path + "[" + i++ + "]", walk);
                    }
                } else {
                    walk(value, innerKind, path, walk);
                }
            }
        }
    }

    private static void url(JsonNode value, String at, List<String> errors) {
        try {
            URI uri = new URI(value.asText());
            if (!value.isTextual() || !uri.isAbsolute() || !List.of("http", "https").contains(uri.getScheme())) {
                errors.add(at + ": " + value + " is not an absolute http(s) URL");
            }
        } catch (java.net.URISyntaxException notAUrl) {
            errors.add(at + ": " + value + " is not a URL (" + notAUrl.getMessage() + ")");
        }
    }

    /** The URLs an object (or a list page) links to, as a crawler follows them: every value the schemas call a URL. */
    public List<String> linksOf(JsonNode answer) {
        List<String> found = new ArrayList<>();
        Walk links = new Walk() {
            @Override
            public void object(JsonNode object, String kind, String at) {
            }

            @Override
            public void url(JsonNode value, String at) {
                if (value.isTextual()) {
                    found.add(value.asText());
                }
            }
        };
        if (answer.has("data") && answer.has("links")) {
            answer.path("links").forEach(link -> found.add(link.asText()));
            answer.path("data").forEach(object -> walk(object, kindOf(object), "$", links));
        } else {
            walk(answer, kindOf(answer), "$", links);
        }
        return found;
    }
}
