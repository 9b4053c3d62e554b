package org.minutebook.access;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * How a request body is read, on both services: as JSON that means one thing only. A key given twice, content
 * after the value, a number where text is expected (or text where a number is), a date as a number, an array or
 * anything but text, a local date-time with an offset it would drop: each is refused rather than guessed at.
 * Nesting is bounded well below what MongoDB refuses (100 levels), so nothing too deep to store or project is ever
 * accepted. Only requests are read this way: stored events are read as they were written.
 */
public final class StrictJson {

    /** Deeper than any command needs (a correction of a vote of a motion is under ten levels). */
    public static final int MAXIMUM_DEPTH = 32;

    private static final List<Class<?>> TIMES = List.of(LocalDate.class, LocalDateTime.class, LocalTime.class,
            OffsetDateTime.class, ZonedDateTime.class, Instant.class);

    private StrictJson() {
    }

    /** A copy of the service's mapper (its modules and naming kept) that reads requests strictly. */
    public static ObjectMapper forRequests(ObjectMapper service) {
        ObjectMapper strict = service.copy();
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAXIMUM_DEPTH).build());
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Enum)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean)) {
                strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        // not lenient: a date is never an epoch number, a local date-time never silently loses a "Z"
        TIMES.forEach(time -> strict.configOverride(time).setFormat(JsonFormat.Value.forLeniency(false)));
        strict.registerModule(new SimpleModule("dates-as-text").setDeserializerModifier(new DatesAsText()));
        return strict;
    }

    /**
     * A date or a time is ISO 8601 text. Jackson's own readers also take arrays — {@code [2021, 11, 2]} as a
     * date, and {@code []} as no date at all, which stored a meeting with its date silently dropped.
     */
    private static final class DatesAsText extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new TextOnly(deserializer)
                    : deserializer;
        }
    }

    private static final class TextOnly extends DelegatingDeserializer {

        TextOnly(JsonDeserializer<?> dates) {
            super(dates);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> dates) {
            return new TextOnly(dates);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
