package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minute, an imported page and a correction are as large as the pipeline carries, to the byte, and one byte more
 * is refused before anything is stored: a body over the command side's limit (an import's is larger: it may carry
 * a PDF) with {@code 413}, an event over the largest event with {@code 422} {@code event-too-large} naming the
 * field that makes it so. Before these limits a
 * minute of a million characters was accepted and stopped publication for every meeting, for good. After each
 * edge, another meeting's next fact is still published and projected, and both sides are healthy.
 * <p>
 * The limits are the command side's own ({@code /actuator/info}); how many bytes a fact's event takes beside its
 * text is measured on a small one stored first, so the edge is found to the byte without knowing the events' shape.
 */
class ThePipelinesLimitsIT {

    private static final Path PAGES = Path.of("../minutes-reader/src/test/resources/seeds/pages");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMITTEE = "pipeline-limits";
    private static final String MEETING = "pipeline-limits-2021-11-02";
    private static final String WITNESS = "pipeline-limits-witness";
    private static Minutebook minutebook;
    private static int largestBody;
    private static int largestImportBody;
    private static int largestEvent;
    private static int witnessItems;

    @BeforeAll
    static void aMeetingWithItemsToMinute() throws Exception {
        minutebook = Minutebook.running();
        JsonNode limits = Http.ok(minutebook.commandSide() + "/actuator/info").path("limits");
        largestBody = limits.path("largestBody").asInt();
        largestImportBody = limits.path("largestImportBody").asInt();
        largestEvent = limits.path("largestEvent").asInt();
        minutebook.registerCommittee(COMMITTEE, "Scrutiny Commission");
        for (String meeting : List.of(MEETING, WITNESS)) {
            minutebook.record("/api/meetings", """
                    {"meetingId": "%s", "committeeId": "%s", "title": "Scrutiny Commission",
                     "startsAt": "2021-11-02T14:00"}""".formatted(meeting, COMMITTEE));
            minutebook.record("/api/meetings/" + meeting + "/opening", "{}");
        }
        for (int item = 1; item <= 6; item++) {
            minutebook.record("/api/meetings/" + MEETING + "/agenda/items", """
                    {"itemId": "item-%d", "number": "%d", "title": "Report %d"}""".formatted(item, item, item));
        }
    }

    @Test
    void aMinuteOfAMillionCharactersIsRefusedAndOneAsLargeAsAnEventMayBeIsRecorded() throws Exception {
        // the minute that stopped publication: 11 paragraphs, 1,048,000 characters, a body just under 1 MiB
        long before = lastSequence(MEETING);
        Http.Response refused = post(minute("item-1"), minuteOf(11, 1_048_000));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(413);
        assertThat(refused.json().path("rule").asText()).isEqualTo("body-too-large");
        assertNothingStoredAndThePipelineGoesOn(MEETING, before);

        // the body's edge: a small minute padded with spaces to the largest body, then one byte more
        assertThat(post(minute("item-1"), padded(minuteOf(1, 6), largestBody)).status()).isEqualTo(201);
        before = lastSequence(MEETING);
        assertThat(post(minute("item-2"), padded(minuteOf(1, 6), largestBody + 1)).status()).isEqualTo(413);
        assertNothingStoredAndThePipelineGoesOn(MEETING, before);

        // the event's edge: eleven paragraphs whose event is as large as an event may be, then one byte more
        long reference = minutebook.record(minute("item-3"), minuteOf(11, 11));
        int characters = largestEvent - (payloadBytes(MEETING, reference) - 11);
        long edge = minutebook.record(minute("item-4"), minuteOf(11, characters));
        assertThat(payloadBytes(MEETING, edge)).isEqualTo(largestEvent);
        assertTooLargeAnEvent(post(minute("item-5"), minuteOf(11, characters + 1)), "blocks");
        assertNothingStoredAndThePipelineGoesOn(MEETING, edge);
        minutebook.awaitProjected(MEETING, edge);
    }

    @Test
    void anImportedPageAsLargeAsItsRecordMayBeIsKeptAndOneByteMoreIsRefusedNamingItsText() throws Exception {
        // a page of the Coventry board as published, but of a meeting of its own (a week later)
        String page = Files.readString(PAGES.resolve("003_7e16a4421008c2b1.txt"), StandardCharsets.UTF_8)
                .replace("Thursday, 21st June, 2018", "Thursday, 28th June, 2018");
        Http.Response imported = post("/api/imports", importOf(page + "\n "));
        assertThat(imported.status()).as(imported.raw().body()).isEqualTo(201);
        String meeting = imported.json().get("meetingId").asText();
        long first = imported.json().get("version").asLong();
        int keptBeside = payloadBytes(meeting, first) - 1;

        // the import that stopped publication: a page of 1,046,197 bytes (its body under 1 MiB, and under the
        // larger body an import may send, which may carry a PDF), too large for its record
        assertTooLargeAnEvent(post("/api/imports", importOf(page + "\n" + " ".repeat(1_046_197 - page.length()))),
                "text");
        assertNothingStoredAndThePipelineGoesOn(meeting, first);

        // the body's edge: the page as it stands (already imported) padded to the largest body, then one byte more
        assertThat(post("/api/imports", padded(importOf(page + "\n "), largestImportBody)).status()).isEqualTo(200);
        assertThat(post("/api/imports", padded(importOf(page + "\n "), largestImportBody + 1)).status())
                .isEqualTo(413);
        assertNothingStoredAndThePipelineGoesOn(meeting, first);

        // the event's edge: the page with blank space after it, kept with the meeting as large as an event may be
        Http.Response edge = post("/api/imports", importOf(page + "\n" + " ".repeat(largestEvent - keptBeside)));
        assertThat(edge.status()).as(edge.raw().body()).isEqualTo(201);
        assertThat(edge.json().path("changes").path("corrected").asInt()).as("no fact of the page changed").isZero();
        assertThat(payloadBytes(meeting, edge.json().get("version").asLong())).isEqualTo(largestEvent);
        assertTooLargeAnEvent(post("/api/imports", importOf(page + "\n" + " ".repeat(largestEvent - keptBeside + 1))),
                "text");
        assertNothingStoredAndThePipelineGoesOn(meeting, edge.json().get("version").asLong());
        minutebook.awaitProjected(meeting, edge.json().get("version").asLong());
    }

    @Test
    void aCorrectionCarryingAWholeMinuteAsLargeAsAnEventMayBeIsRecordedAndOneByteMoreIsRefused() throws Exception {
        long minuted = minutebook.record(minute("item-6"), minuteOf(1, 20));
        // a whole minute of 1,048,000 characters in a correction, its body under 1 MiB
        Http.Response refused = post("/api/meetings/" + MEETING + "/corrections", correctionOf(minuted, 1_048_000));
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(413);
        assertNothingStoredAndThePipelineGoesOn(MEETING, minuted);

        long reference = minutebook.record("/api/meetings/" + MEETING + "/corrections", correctionOf(minuted, 11));
        int characters = largestEvent - (payloadBytes(MEETING, reference) - 11);

        // the body's edge, then the event's
        assertThat(post("/api/meetings/" + MEETING + "/corrections",
                padded(correctionOf(minuted, 11), largestBody + 1)).status()).isEqualTo(413);
        assertNothingStoredAndThePipelineGoesOn(MEETING, reference);
        assertThat(post("/api/meetings/" + MEETING + "/corrections",
                padded(correctionOf(minuted, 11), largestBody)).status()).isEqualTo(201);
        long edge = minutebook.record("/api/meetings/" + MEETING + "/corrections", correctionOf(minuted, characters));
        assertThat(payloadBytes(MEETING, edge)).isEqualTo(largestEvent);
        assertTooLargeAnEvent(post("/api/meetings/" + MEETING + "/corrections",
                correctionOf(minuted, characters + 1)), "replacement.blocks");
        assertNothingStoredAndThePipelineGoesOn(MEETING, edge);
        minutebook.awaitProjected(MEETING, edge);
    }

    private static void assertTooLargeAnEvent(Http.Response refused, String field) {
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.json().path("rule").asText()).isEqualTo("event-too-large");
        assertThat(refused.json().path("field").asText()).isEqualTo(field);
        assertThat(refused.json().path("detail").asText()).contains(Integer.toString(largestEvent));
    }

    /**
     * The refused request stored nothing after the record's event at {@code before}, and another meeting's next fact
     * is published and projected, with both sides healthy (the query side ready, and nothing of these meetings
     * parked: other tests of the run leave dead letters of their own, which the query side's health reports).
     */
    private static void assertNothingStoredAndThePipelineGoesOn(String meeting, long before) throws Exception {
        assertThat(lastSequence(meeting)).as("nothing stored for " + meeting).isEqualTo(before);
        witnessItems++;
        long witnessed = minutebook.record("/api/meetings/" + WITNESS + "/agenda/items", """
                {"itemId": "item-%d", "title": "Any other business"}""".formatted(witnessItems));
        minutebook.awaitProjected(WITNESS, witnessed);
        assertThat(Http.ok(minutebook.commandSide() + "/actuator/health").path("status").asText()).isEqualTo("UP");
        assertThat(Http.ok(minutebook.querySide() + "/actuator/health/readiness").path("status").asText())
                .isEqualTo("UP");
        JsonNode parked = Http.getAs(Users.OPERATOR, minutebook.querySide() + "/api/admin/dead-letters").json();
        assertThat(Http.texts(parked, "recordId")).as("parked").doesNotContain(meeting, WITNESS);
    }

    private static String minute(String item) {
        return "/api/meetings/" + MEETING + "/items/" + item + "/minute";
    }

    /** A minute of so many paragraphs holding so many characters in all. */
    private static String minuteOf(int paragraphs, int characters) throws Exception {
        return JSON.writeValueAsString(Map.of("blocks", blocks(paragraphs, characters)));
    }

    private static String correctionOf(long minuted, int characters) throws Exception {
        return JSON.writeValueAsString(Map.of("correctsSequenceNumber", minuted,
                "replacement", Map.of("blocks", blocks(11, characters)),
                "reason", "The minute as the clerk's notes have it",
                "correctedBy", Map.of("name", "Democratic Services")));
    }

    private static List<Map<String, String>> blocks(int paragraphs, int characters) {
        List<Map<String, String>> blocks = new ArrayList<>();
        for (int paragraph = 0; paragraph < paragraphs; paragraph++) {
            int length = characters / paragraphs + (paragraph < characters % paragraphs ? 1 : 0);
            blocks.add(Map.of("kind", "PARAGRAPH", "text", "x".repeat(length)));
        }
        return blocks;
    }

    private static String importOf(String text) throws Exception {
        return JSON.writeValueAsString(Map.of("source", "003-another-day.txt", "text", text));
    }

    /** The JSON object with spaces before its closing brace, to so many bytes. */
    private static String padded(String json, int bytes) {
        int missing = bytes - json.getBytes(StandardCharsets.UTF_8).length;
        assertThat(missing).as("room to pad").isNotNegative();
        return json.substring(0, json.length() - 1) + " ".repeat(missing) + "}";
    }

    private static int payloadBytes(String record, long sequence) throws Exception {
        try (Connection eventStore = minutebook.eventStore();
             PreparedStatement payload = eventStore.prepareStatement("SELECT length(payload) FROM domainevententry "
                     + "WHERE aggregateidentifier = ? AND sequencenumber = ?")) {
            payload.setString(1, record);
            payload.setLong(2, sequence);
            try (ResultSet row = payload.executeQuery()) {
                assertThat(row.next()).as(record + " " + sequence).isTrue();
                return row.getInt(1);
            }
        }
    }

    private static long lastSequence(String record) throws Exception {
        try (Connection eventStore = minutebook.eventStore();
             PreparedStatement last = eventStore.prepareStatement("SELECT max(sequencenumber) FROM domainevententry "
                     + "WHERE aggregateidentifier = ?")) {
            last.setString(1, record);
            try (ResultSet row = last.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Http.Response post(String path, String json) throws Exception {
        return Http.post(minutebook.commandSide() + path, json);
    }
}
