package org.minutebook.query.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
