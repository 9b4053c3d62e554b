package org.minutebook.reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;
import org.minutebook.events.business.MinuteBlock;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A record of a page as the facts a clerk checks one by one — "meeting.venue = …", "28 · fact {…}", "28 · minute
 * = …" — from the importer's reading, or from a record written by hand in the same shape (see
 * {@code seeds/expected/*.json}). What the page does not state (null, false, nothing) is no fact, so a value
 * the importer invents shows as a fact the clerk did not find.
 */
final class PageFacts {

    /** Times as minutes give them, to the minute ("17:30"), as a clerk writes them in a record. */
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()
                    .addSerializer(LocalTime.class, new LocalTimeSerializer(DateTimeFormatter.ofPattern("HH:mm"))))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private PageFacts() {
    }

    /** The importer's reading, in the shape of a hand-written record. */
    static JsonNode shapeOf(PublishedMinutes page) {
        ObjectNode record = JSON.createObjectNode();
        record.set("meeting", JSON.valueToTree(page.meeting()));
        ArrayNode attendance = record.putArray("attendance");
        for (Attendee attendee : page.attendance()) {
            ObjectNode node = JSON.valueToTree(attendee);
            node.put("kind", attendee.getClass().getSimpleName());
            attendance.add(node);
        }
        ArrayNode items = record.putArray("items");
        page.items().forEach(item -> items.add(shapeOf(item)));
        return record;
    }

    private static ObjectNode shapeOf(Item item) {
        ObjectNode node = JSON.createObjectNode();
        node.put("number", item.number());
        node.put("title", item.title());
        node.put("agendaText", item.agendaText());
        node.set("documents", JSON.valueToTree(item.documents()));
        node.set("exemption", JSON.valueToTree(item.exemption()));
        node.put("cutOff", item.cutOff());
        ArrayNode minute = node.putArray("minute");
        for (MinuteBlock block : item.minute()) {
            minute.add(block.text() != null ? block.text() : String.join(" ", block.items()));
        }
        ArrayNode facts = node.putArray("facts");
        for (ItemFact fact : item.facts()) {
            ObjectNode f = JSON.valueToTree(fact);
            f.put("fact", fact.factName());
            facts.add(f);
        }
        ArrayNode parts = node.putArray("parts");
        item.parts().forEach(part -> parts.add(shapeOf(part)));
        return node;
    }

    /**
     * The lines as keyed facts: a field by its name ("meeting.venue", "28 · title"), a fact by its item and kind
     * ("28 · fact Decision"), an attendee by who they are, so that a value read differently is one wrong fact.
     */
    static List<FactScore.Fact> keyed(List<String> lines) {
        return lines.stream().map(line -> new FactScore.Fact(keyOf(line), line, line)).toList();
    }

    private static String keyOf(String line) {
        int equals = line.indexOf(" = ");
        if (line.startsWith("attendance ")) {
            JsonNode person = readTree(line.substring("attendance ".length())).path("person");
            return "attendance " + person.path("name").asText(person.path("role").asText());
        }
        int fact = line.indexOf(" · fact {");
        if (fact >= 0) {
            return line.substring(0, fact) + " · fact " + readTree(line.substring(fact + " · fact ".length()))
                    .path("fact").asText();
        }
        int document = line.indexOf(" · document {");
        if (document >= 0) {
            return line.substring(0, document) + " · document";
        }
        return equals >= 0 ? line.substring(0, equals) : line;
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The facts of a record in that shape, each a line a clerk can read. */
    static List<String> of(JsonNode record) {
        List<String> facts = new ArrayList<>();
        JsonNode meeting = canonical(record.path("meeting"));
        for (Iterator<Map.Entry<String, JsonNode>> fields = meeting.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isArray()) {
                field.getValue().forEach(value -> facts.add("meeting." + field.getKey() + " = " + value));
            } else {
                facts.add("meeting." + field.getKey() + " = " + field.getValue());
            }
        }
        record.path("attendance").forEach(attendee -> facts.add("attendance " + canonical(attendee)));
        int position = 0;
        for (JsonNode item : record.path("items")) {
            itemFacts(item, label(item, "#" + ++position), facts);
        }
        return facts;
    }

    private static void itemFacts(JsonNode item, String label, List<String> facts) {
        for (String field : List.of("number", "title", "agendaText", "exemption", "cutOff")) {
            JsonNode value = canonical(item.path(field));
            if (!value.isMissingNode() && !value.isNull()) {
                facts.add(label + " · " + field + " = " + value);
            }
        }
        canonical(item.path("documents")).forEach(document -> facts.add(label + " · document " + document));
        List<String> paragraphs = new ArrayList<>();
        item.path("minute").forEach(paragraph -> paragraphs.add(paragraph.asText()));
        String minute = words(String.join(" ", paragraphs).replaceAll("[·•▪●]", " "));
        if (!minute.isEmpty()) {
            facts.add(label + " · minute = " + minute);
        }
        item.path("facts").forEach(fact -> facts.add(label + " · fact " + canonical(fact)));
        int position = 0;
        for (JsonNode part : item.path("parts")) {
            itemFacts(part, label + " > " + label(part, "#" + ++position), facts);
        }
    }

    private static String label(JsonNode item, String position) {
        if (item.hasNonNull("number")) {
            return item.get("number").asText();
        }
        return item.hasNonNull("title") ? item.get("title").asText() : position;
    }

    /** Without line numbers and what is not stated; keys in order, spacing tidied: two readings compare equal. */
    static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(field -> {
                JsonNode value = canonical(field.getValue());
                if (!field.getKey().equals("line") && stated(value)) {
                    sorted.put(field.getKey(), value);
                }
            });
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            sorted.forEach(object::set);
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> array.add(canonical(element)));
            return array;
        }
        return node.isTextual() ? JsonNodeFactory.instance.textNode(words(node.asText())) : node;
    }

    private static boolean stated(JsonNode value) {
        return !value.isNull() && !value.isMissingNode() && !(value.isBoolean() && !value.asBoolean())
                && !(value.isContainerNode() && value.isEmpty()) && !(value.isTextual() && value.asText().isEmpty());
    }

    private static String words(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
