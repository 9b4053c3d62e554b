package org.minutebook.command.limits;

import java.util.stream.IntStream;

/**
 * How large an event the pipeline carries, derived in one place from the limits of everything it passes through,
 * so that no accepted command can record an event some part of the pipeline then refuses — which stopped
 * publication for every meeting, for good, when a minute of a million characters was accepted.
 * <ul>
 *   <li>Kafka: the producer refuses a record over its {@code max.request.size}, a broker one over its topic's
 *   {@code max.message.bytes}; a record is the event's JSON with the CloudEvent's headers, its key and Kafka's
 *   batch framing around it ({@value #ROOM_FOR_THE_ENVELOPE} bytes are kept for those).</li>
 *   <li>MongoDB: a document is at most 16 MiB, and the query side keeps a copy of each event in one, beside
 *   fields of its own ({@value #ROOM_IN_A_DOCUMENT} bytes kept for those).</li>
 *   <li>PostgreSQL: an event's payload is a {@code bytea}, at most 1 GiB: never the smallest.</li>
 * </ul>
 * A command's body may be as large as the largest event, and no larger: a command never needs a body larger than
 * the event it records (the event holds all the body says, and more). An imported page is the exception: a PDF
 * comes as its bytes in base64, of which the record keeps only the text read from it, so an import's body may hold
 * {@value #LONGEST_PAGE_CONTENT} characters of base64 (a PDF of about 1.5 MB), with room for its other fields; the
 * page's record is measured as every event is. The numbers are those of the configuration the command side starts
 * with; docs/operations.md states them for the defaults, and a test holds it to them.
 *
 * @param largestRecord the largest Kafka record the producer may send to every topic an event goes to, in bytes
 * @param largestEvent  the largest event, as its JSON, in bytes
 */
public record PipelineLimits(int largestRecord, int largestEvent) {

    /** Kafka's default {@code max.request.size} of a producer. */
    public static final int KAFKA_MAX_REQUEST_SIZE = 1_048_576;
    /** Kafka's default {@code message.max.bytes} of a broker, which a topic's {@code max.message.bytes} inherits. */
    public static final int KAFKA_MAX_MESSAGE_BYTES = 1_048_588;
    /** The largest BSON document MongoDB (and the MongoDB-wire server) stores. */
    public static final int MONGODB_LARGEST_DOCUMENT = 16 * 1024 * 1024;
    /** The largest {@code bytea} PostgreSQL stores. */
    public static final int POSTGRESQL_LARGEST_BYTEA = 1024 * 1024 * 1024 - 1;
    /**
     * Kept for what goes round an event's JSON on Kafka: the record batch's framing (61 bytes) and the record's own
     * (at most 21), the key (a meeting id, at most 64 bytes) and the CloudEvent's headers (its id, type, source,
     * subject, time, schema version, and who recorded it in which request: some 700 bytes for a built-in user).
     */
    public static final int ROOM_FOR_THE_ENVELOPE = 4 * 1024;
    /** Kept for the fields the query side stores beside a copy of an event in one document. */
    public static final int ROOM_IN_A_DOCUMENT = 64 * 1024;
    /** The longest page an import takes as bytes in base64 (a PDF), in characters. */
    public static final int LONGEST_PAGE_CONTENT = 2_000_000;
    /** Kept in an import's body for its fields beside the page's bytes (source, format, council, committee…). */
    public static final int ROOM_BESIDE_THE_PAGE = 64 * 1024;

    /** The limits with Kafka's defaults: what docs/operations.md states. */
    public static PipelineLimits withKafkaDefaults() {
        return of(KAFKA_MAX_REQUEST_SIZE, KAFKA_MAX_MESSAGE_BYTES, KAFKA_MAX_MESSAGE_BYTES);
    }

    /**
     * The limits when the producer sends records of at most {@code maxRequestSize} bytes to topics that take at most
     * {@code topicsMaxMessageBytes} each.
     */
    public static PipelineLimits of(int maxRequestSize, int... topicsMaxMessageBytes) {
        int largestRecord = IntStream.concat(IntStream.of(maxRequestSize), IntStream.of(topicsMaxMessageBytes))
                .min().orElseThrow();
        int largestEvent = IntStream.of(largestRecord - ROOM_FOR_THE_ENVELOPE,
                MONGODB_LARGEST_DOCUMENT - ROOM_IN_A_DOCUMENT, POSTGRESQL_LARGEST_BYTEA).min().orElseThrow();
        if (largestEvent < 64 * 1024) {
            throw new IllegalStateException("Kafka takes records of at most " + largestRecord + " bytes: too few "
                    + "for the minutes of a meeting; raise max.request.size and the topics' max.message.bytes");
        }
        return new PipelineLimits(largestRecord, largestEvent);
    }

    /** The largest body of a command, in bytes. */
    public int largestBody() {
        return largestEvent;
    }

    /** The largest body of an import, in bytes: a PDF's bytes in base64 and the request's other fields. */
    public int largestImportBody() {
        return Math.max(largestBody(), LONGEST_PAGE_CONTENT + ROOM_BESIDE_THE_PAGE);
    }
}
