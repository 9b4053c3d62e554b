package org.minutebook.query.record;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A listing's JSON becomes the same BSON document the driver's own JSON reader makes of it. */
class JsonToBsonTest {

    @Test
    void aRowOfEveryKindOfValueReadsAsTheDriverReadsIt() throws Exception {
        String row = """
                {"meetingId":"leics-cfosc-2020-11-18","order":7,"version":9999999999,"rate":0.5,"exempt":false,
                 "corrected":true,"itemId":null,"member":{"id":"fryer","name":"Mrs. H. J. Fryer CC"},
                 "parts":[{"label":"a)","text":"That the report be noted; “quoted” — é"},{"label":null}],"empty":[]}""";

        org.bson.io.BasicOutputBuffer out = new org.bson.io.BasicOutputBuffer();
        try (org.bson.BsonBinaryWriter bson = new org.bson.BsonBinaryWriter(out)) {
            JsonToBson.write(bson, new com.fasterxml.jackson.databind.ObjectMapper().readTree(row));
        }
        Document converted = new org.bson.codecs.DocumentCodec().decode(
                new org.bson.RawBsonDocument(out.toByteArray()).asBsonReader(),
                org.bson.codecs.DecoderContext.builder().build());

        assertThat(converted).isEqualTo(Document.parse(row));
    }
}
