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
        if (kind == null || !schemas.containsKey(kind)) {
            errors.add(at + ": type " + object.path("type") + " is not an OParl 1.1 type");
            return;
        }
        if (!kind.equals(kindOf(object))) {
            errors.add(at + ": is a " + object.path("type") + " where the schema holds a " + kind);
        }
        schemas.get(kind).validate(object.toString(), InputFormat.JSON)
                .forEach(error -> errors.add(at + " (" + kind + ") " + error.getInstanceLocation() + ": "
                        + error.getMessage()));
        JsonNode properties = schemaNodes.get(kind).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = object.get(property.getKey());
            if (value == null || value.isNull()) {
                continue;
            }
            String path = at + "." + property.getKey();
            JsonNode described = property.getValue();
            if ("url".equals(described.path("format").asText())) {
                url(value, path, errors);
            }
            if ("url".equals(described.path("items").path("format").asText())) {
                value.forEach(element -> url(element, path + "[]", errors));
            }
            String inner = described.path("schema").asText(described.path("items").path("schema").asText(""));
            if (!"externalList".equals(described.path("references").asText()) && inner.endsWith(".json")) {
                String innerKind = inner.substring(0, inner.length() - ".json".length());
                if (value.isArray()) {
                    int i = 0;
                    for (JsonNode element : value) {
                        check(element, innerKind, path + "[" + i++ + "]", errors);
                    }
                } else {
                    check(value, innerKind, path, errors);
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
        if (answer.has("data") && answer.has("links")) {
            answer.path("links").forEach(link -> found.add(link.asText()));
            answer.path("data").forEach(object -> links(object, kindOf(object), found));
        } else {
            links(answer, kindOf(answer), found);
        }
        return found;
    }

    private void links(JsonNode object, String kind, List<String> found) {
        if (kind == null || !schemaNodes.containsKey(kind)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schemaNodes.get(kind).path("properties").fields();
             it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = object.get(property.getKey());
            JsonNode described = property.getValue();
            if (value == null || value.isNull()) {
                continue;
            }
            if ("url".equals(described.path("format").asText()) && value.isTextual()) {
                found.add(value.asText());
            }
            if ("url".equals(described.path("items").path("format").asText())) {
                value.forEach(element -> found.add(element.asText()));
            }
            String inner = described.path("schema").asText(described.path("items").path("schema").asText(""));
            if (!"externalList".equals(described.path("references").asText()) && inner.endsWith(".json")) {
                String innerKind = inner.substring(0, inner.length() - ".json".length());
                if (value.isArray()) {
                    value.forEach(element -> links(element, innerKind, found));
                } else {
                    links(value, innerKind, found);
                }
            }
        }
    }
}
