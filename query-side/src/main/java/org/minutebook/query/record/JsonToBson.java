package org.minutebook.query.record;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.BsonBinaryWriter;

/**
 * JSON the query side wrote (read by Jackson), written as BSON by the driver's writer, with nothing built in
 * between: the driver's own JSON reader ({@code Document.parse}) took most of the time of writing a meeting's
 * listing in a rebuild. Numbers keep their kind: a whole number as a 32-bit integer when it fits, else 64-bit, as
 * {@code Document.parse} reads them.
 */
final class JsonToBson {

    private JsonToBson() {
    }

    /** A JSON tree's value written to BSON as the value of the name just written. */
    static void write(BsonBinaryWriter bson, JsonNode value) {
        if (value.isObject()) {
            bson.writeStartDocument();
            value.fields().forEachRemaining(field -> {
                bson.writeName(field.getKey());
                write(bson, field.getValue());
            });
            bson.writeEndDocument();
        } else if (value.isArray()) {
            bson.writeStartArray();
            value.forEach(element -> write(bson, element));
            bson.writeEndArray();
        } else if (value.isTextual()) {
            bson.writeString(value.asText());
        } else if (value.isInt()) {
            bson.writeInt32(value.intValue());
        } else if (value.isIntegralNumber()) {
            bson.writeInt64(value.longValue());
        } else if (value.isNumber()) {
            bson.writeDouble(value.doubleValue());
        } else if (value.isBoolean()) {
            bson.writeBoolean(value.booleanValue());
        } else {
            bson.writeNull();
        }
    }

}
