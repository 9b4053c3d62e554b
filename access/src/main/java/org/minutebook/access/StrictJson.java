package org.minutebook.access;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * How a request body is read, on both services: as JSON that means one thing only. A key given twice, content
 * after the value, a number where text is expected (or text where a number is), a date as a number or a local
 * date-time with an offset it would drop: each is refused rather than guessed at. Nesting is bounded well below
 * what MongoDB refuses (100 levels), so nothing too deep to store or project is ever accepted. Only requests are
 * read this way: stored events are read as they were written.
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
        return strict;
    }
}
