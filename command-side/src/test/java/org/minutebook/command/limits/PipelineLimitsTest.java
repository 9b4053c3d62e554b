package org.minutebook.command.limits;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The largest event follows from the smallest limit of the pipeline, and the operators', clients' and subscribers'
 * documents state the numbers the command side derives with Kafka's defaults — the docs once allowed an imported page of
 * 2,000,000 characters, which no topic could carry.
 */
class PipelineLimitsTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final PipelineLimits DEFAULTS = PipelineLimits.withKafkaDefaults();

    @Test
    void withKafkasDefaultsTheProducersLimitDecidesLessTheRoomForTheEnvelope() {
        assertThat(DEFAULTS.largestRecord()).isEqualTo(1_048_576);
        assertThat(DEFAULTS.largestEvent()).isEqualTo(1_048_576 - 4_096);
        assertThat(DEFAULTS.largestBody()).isEqualTo(DEFAULTS.largestEvent());
        assertThat(DEFAULTS.largestImportBody()).isEqualTo(2_000_000 + 64 * 1024);
    }

    @Test
    void aTopicThatTakesLessThanTheProducerSendsDecides() {
        PipelineLimits limits = PipelineLimits.of(5_000_000, 5_000_000, 2_000_000);

        assertThat(limits.largestRecord()).isEqualTo(2_000_000);
        assertThat(limits.largestEvent()).isEqualTo(2_000_000 - PipelineLimits.ROOM_FOR_THE_ENVELOPE);
    }

    @Test
    void aDocumentOfMongoDbDecidesWhenKafkaTakesMore() {
        PipelineLimits limits = PipelineLimits.of(100_000_000, 100_000_000, 100_000_000);

        assertThat(limits.largestEvent()).isEqualTo(16 * 1024 * 1024 - PipelineLimits.ROOM_IN_A_DOCUMENT);
    }

    @Test
    void aPipelineTooNarrowForTheMinutesOfAMeetingStopsTheStart() {
        assertThatThrownBy(() -> PipelineLimits.of(16_384, 1_048_588)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("max.request.size");
    }

    @Test
    void theCommandSidesDefaultIsKafkasDefault() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/application.yml")))
                .contains("max.request.size: ${KAFKA_MAX_REQUEST_SIZE:" + PipelineLimits.KAFKA_MAX_REQUEST_SIZE + "}");
    }

    @Test
    void operationsStatesTheLimitsAsDerived() throws IOException {
        String limits = section(Files.readString(DOCS.resolve("operations.md"), StandardCharsets.UTF_8),
                "## Limits");

        assertThat(limits)
                .contains("an event may be at most " + bytes(DEFAULTS.largestEvent()) + " bytes of JSON")
                .contains("| " + bytes(PipelineLimits.KAFKA_MAX_REQUEST_SIZE) + " bytes a record |")
                .contains("| " + bytes(PipelineLimits.KAFKA_MAX_MESSAGE_BYTES) + " bytes |")
                .contains("| " + bytes(PipelineLimits.ROOM_FOR_THE_ENVELOPE) + " bytes |")
                .contains("| " + bytes(PipelineLimits.MONGODB_LARGEST_DOCUMENT - PipelineLimits.ROOM_IN_A_DOCUMENT)
                        + " bytes |")
                .contains("| " + bytes(PipelineLimits.POSTGRESQL_LARGEST_BYTEA) + " bytes |")
                .contains("| " + bytes(DEFAULTS.largestBody()) + " bytes: no command needs a body larger")
                .contains("| " + bytes(DEFAULTS.largestImportBody()) + " bytes: a PDF comes as its bytes in base64 "
                        + "(at most " + bytes(PipelineLimits.LONGEST_PAGE_CONTENT) + " characters")
                .contains("its whole Kafka record at most " + bytes(DEFAULTS.largestRecord()) + " bytes");
    }

    @Test
    void theHttpApiStatesTheLargestBodiesAndEventAndNoLongerAPageTextOfTwoMillionCharacters() throws IOException {
        String api = Files.readString(DOCS.resolve("http-api.md"), StandardCharsets.UTF_8);

        assertThat(section(api, "## Errors")).contains("the largest event (" + bytes(DEFAULTS.largestBody()));
        assertThat(section(api, "## Input rules")).contains("(" + bytes(DEFAULTS.largestBody()) + " bytes with")
                .contains("at most the largest record (" + bytes(DEFAULTS.largestRecord()) + " bytes)");
        assertThat(api).doesNotContain("`text` ≤ 2,000,000").contains("at most the largest event, "
                + bytes(DEFAULTS.largestEvent()) + " bytes with Kafka's defaults, else `422` `event-too-large` naming "
                + "`text`").contains("a PDF, ≤ " + bytes(PipelineLimits.LONGEST_PAGE_CONTENT) + " characters; the "
                + "body of an import may be " + bytes(DEFAULTS.largestImportBody()) + " bytes");
    }

    @Test
    void theEventCatalogueStatesTheLargestEventAndRecord() throws IOException {
        assertThat(Files.readString(DOCS.resolve("events.md"), StandardCharsets.UTF_8))
                .contains("An event's JSON is at most " + bytes(DEFAULTS.largestEvent()) + " bytes and its whole "
                        + "record at most " + bytes(DEFAULTS.largestRecord()) + " bytes");
    }

    private static String bytes(int count) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(count);
    }

    private static String section(String document, String heading) {
        int start = document.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = document.indexOf("\n## ", start + heading.length() + 1);
        return document.substring(start, end < 0 ? document.length() : end);
    }
}
