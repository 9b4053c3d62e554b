package org.minutebook.query.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.minutebook.query.platform.UnreadableRecord;
import org.springframework.stereotype.Component;

/**
 * The one way the record, its facts, event copies and register rows are written as JSON and stored as documents:
 * dates and times as ISO text (so stored dates compare as text and read back as they were written), a fact's
 * kind as {@code "fact"}. Fields a stored document has and the record no longer knows are ignored.
 */
@Component
public final class RecordJson {

    /** Everything in the record: what is stored, and what the minutes JSON answers. */
    public interface Whole {
    }

    /** What register rows show of the record: the agenda without the business of its items, for one. */
    public interface Registers {
    }

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED)
            .build();

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ObjectMapper mapper() {
        return json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** The value as the bytes of its JSON (UTF-8), as an answer is served. */
    public byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** The value as the bytes of its JSON, only the fields of the view and those of no view. */
    public byte[] bytes(Object value, Class<?> view) {
        try {
            return json.writerWithView(view).writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** The value as JSON text, only the fields of the view and those of no view. */
    public String write(Object value, Class<?> view) {
        try {
            return json.writerWithView(view).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** A value read from JSON it wrote; unreadable, a stored record that no longer reads (rule record-unreadable). */
    public <T> T read(byte[] written, Class<T> type, String what) {
        try {
            return json.readValue(written, type);
        } catch (java.io.IOException e) {
            throw new UnreadableRecord("Unreadable stored " + what, e);
        }
    }

    /** Rows read from JSON it wrote (a list of them). */
    public <T> java.util.List<T> readList(byte[] written, Class<T> type, String what) {
        try {
            return json.readValue(written, json.getTypeFactory().constructCollectionType(java.util.List.class, type));
        } catch (java.io.IOException e) {
            throw new UnreadableRecord("Unreadable stored " + what, e);
        }
    }

    public Document document(Object value) {
        return Document.parse(write(value));
    }

    /** The value as a document, only the fields of the view and those of no view. */
    public Document document(Object value, Class<?> view) {
        try {
            return Document.parse(json.writerWithView(view).writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** The JSON with every text longer than {@code longest} characters cut there, ending "…". */
    public String abridged(String written, int longest) {
        try {
            JsonNode tree = json.readTree(written);
            cut(tree, longest);
            return json.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot abridge JSON it wrote", e);
        }
    }

    private static void cut(JsonNode node, int longest) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual() && field.getValue().asText().length() > longest) {
                    field.setValue(TextNode.valueOf(field.getValue().asText().substring(0, longest) + "…"));
                } else {
                    cut(field.getValue(), longest);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && array.get(i).asText().length() > longest) {
                    array.set(i, TextNode.valueOf(array.get(i).asText().substring(0, longest) + "…"));
                } else {
                    cut(array.get(i), longest);
                }
            }
        }
    }

    public <T> T read(Document stored, Class<T> type) {
        Document fields = new Document(stored);
        fields.remove("_id");
        try {
            return json.readValue(fields.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new UnreadableRecord("Unreadable stored " + type.getSimpleName() + " " + stored.get("_id"), e);
        }
    }
}
