package org.minutebook.query.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.bson.BsonBinaryWriter;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON the query side wrote, as a BSON document, token by token: Jackson reads it and the driver's writer writes
 * it, with nothing built in between. The driver's own JSON reader ({@code RawBsonDocument.parse}) took most of the
 * time of writing a meeting's listing in a rebuild. Numbers keep their kind: a whole number as a 32-bit integer when
 * it fits, else 64-bit, as {@code Document.parse} reads them.
 */
final class JsonToBson {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonToBson() {
    }

    static RawBsonDocument convert(String json) {
        BasicOutputBuffer out = new BasicOutputBuffer(Math.max(256, json.length()));
        try (JsonParser parser = JSON.createParser(json); BsonBinaryWriter bson = new BsonBinaryWriter(out)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> bson.writeStartDocument();
                    case END_OBJECT -> bson.writeEndDocument();
                    case START_ARRAY -> bson.writeStartArray();
                    case END_ARRAY -> bson.writeEndArray();
                    case FIELD_NAME -> bson.writeName(parser.currentName());
                    case VALUE_STRING -> bson.writeString(parser.getText());
                    case VALUE_NUMBER_INT -> {
                        if (parser.getNumberType() == JsonParser.NumberType.INT) {
                            bson.writeInt32(parser.getIntValue());
                        } else {
                            bson.writeInt64(parser.getLongValue());
                        }
                    }
                    case VALUE_NUMBER_FLOAT -> bson.writeDouble(parser.getDoubleValue());
                    case VALUE_TRUE -> bson.writeBoolean(true);
                    case VALUE_FALSE -> bson.writeBoolean(false);
                    case VALUE_NULL -> bson.writeNull();
                    default -> throw new IllegalArgumentException("No BSON for " + token);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON it wrote", e);
        }
        return new RawBsonDocument(out.toByteArray());
    }
}
