package org.minutebook.subscriber;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Decisions as they arrive from Kafka, built from the JSON fixtures in src/test/resources/decisions. */
final class Decisions {

    static final String RECORDED_AT = "2021-11-02T15:12:07.431Z";

    private Decisions() {
    }

    /** The fixture {@code decisions/<simple type>.json} as a version-1 event of that type, with the given ce_id. */
    static DecisionEvent decision(String type, String ceId) {
        String data = fixture(type.substring(type.lastIndexOf('.') + 1));
        String meetingId = data.replaceAll("(?s).*?\"meetingId\":\"([^\"]+)\".*", "$1");
        return new DecisionEvent(ceId, type, RECORDED_AT, meetingId, "1", data);
    }

    static String fixture(String name) {
        try (InputStream json = Decisions.class.getResourceAsStream("/decisions/" + name + ".json")) {
            if (json == null) {
                throw new IllegalArgumentException("No fixture decisions/" + name + ".json");
            }
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
