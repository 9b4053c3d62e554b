package org.minutebook.query.record;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A listing's JSON becomes the same BSON document the driver's own JSON reader makes of it. */
class JsonToBsonTest {

    @Test
    void aRowOfEveryKindOfValueReadsAsTheDriverReadsIt() {
        String row = """
                {"meetingId":"leics-cfosc-2020-11-18","order":7,"version":9999999999,"rate":0.5,"exempt":false,
                 "corrected":true,"itemId":null,"member":{"id":"fryer","name":"Mrs. H. J. Fryer CC"},
                 "parts":[{"label":"a)","text":"That the report be noted; “quoted” — é"},{"label":null}],"empty":[]}""";

        Document converted = new org.bson.codecs.DocumentCodec().decode(JsonToBson.convert(row).asBsonReader(),
                org.bson.codecs.DecoderContext.builder().build());

        assertThat(converted).isEqualTo(Document.parse(row));
    }
}
