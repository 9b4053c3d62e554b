package org.minutebook.command.meetings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A corrected fact read as its event: the replacement's fields over the original's, as an event of the original's
 * type. Strict — an unknown field or a value of the wrong type is refused — because the result is the record.
 */
final class CorrectedFacts {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private CorrectedFacts() {
    }

    @SuppressWarnings("unchecked") // read as the original's own class
    static <E> E read(E original, Map<String, Object> replacement) {
        return (E) JSON.convertValue(merged(original, replacement), original.getClass());
    }

    /** The original's fields with the replacement's over them. */
    static Map<String, Object> merged(Object original, Map<String, Object> replacement) {
        Map<String, Object> fields = fieldsOf(original);
        fields.putAll(replacement);
        return fields;
    }

    static Map<String, Object> fieldsOf(Object event) {
        return JSON.convertValue(event, TypeFactory.defaultInstance()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
    }
}
