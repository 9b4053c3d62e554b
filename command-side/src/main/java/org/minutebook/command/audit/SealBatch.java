package org.minutebook.command.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seals the sealing processor made in one batch, signed once: a statement of every seal (record, sequence
 * number, hash), whenever sealed and under which key, and one signature over it. A seal's hash covers its event and
 * every event before it in the record, so the batch's signature vouches for each event it seals; and because every
 * seal has its own line, a seal recomputed afterwards is told apart from the one signed, event by event.
 * <p>
 * The statement is lines a verifier in any language can rebuild (docs/operations.md): the format, the time, the
 * key, then one line per seal, each record id preceded by its length, so no id can make one line read as another.
 *
 * @param batchId   where it is stored ({@code seal_batch}); not signed
 * @param sealedAt  when it was signed, to the microsecond PostgreSQL keeps
 * @param keyId     the key it was signed with
 * @param seals     its seals, in the order sealed
 * @param signature Base64 Ed25519 over {@link #statement()}
 */
record SealBatch(long batchId, Instant sealedAt, String keyId, List<Line> seals, String signature) {

    static final String FORMAT = "minutebook-seal-batch-v1";

    /** One seal of the batch. */
    record Line(String recordId, long sequenceNumber, String hash) {
    }

    String statement() {
        StringBuilder statement = new StringBuilder(FORMAT).append("\nsealed-at:").append(sealedAt)
                .append("\nkey:").append(keyId);
        for (Line seal : seals) {
            statement.append("\nseal:").append(seal.recordId().length()).append(':').append(seal.recordId())
                    .append(':').append(seal.sequenceNumber()).append(':').append(seal.hash());
        }
        return statement.toString();
    }

    byte[] bytes() {
        return statement().getBytes(StandardCharsets.UTF_8);
    }

    /** The line of the record's seal at this sequence number, if the batch signed one. */
    Optional<Line> line(String recordId, long sequenceNumber) {
        return seals.stream().filter(seal -> seal.sequenceNumber() == sequenceNumber
                && seal.recordId().equals(recordId)).findFirst();
    }

    /** The record's seals in the batch. */
    List<Line> of(String recordId) {
        return seals.stream().filter(seal -> seal.recordId().equals(recordId)).toList();
    }

    /**
     * Reads a statement as stored or published; one that does not read as the format is empty, so whoever
     * verifies reports it as not signed by the service.
     */
    static Optional<SealBatch> read(long batchId, String statement, String signature) {
        String[] lines = statement.split("\n", -1);
        if (lines.length < 3 || !lines[0].equals(FORMAT) || !lines[1].startsWith("sealed-at:")
                || !lines[2].startsWith("key:")) {
            return Optional.empty();
        }
        try {
            List<Line> seals = new ArrayList<>();
            for (int index = 3; index < lines.length; index++) {
                seals.add(line(lines[index]));
            }
            SealBatch batch = new SealBatch(batchId, Instant.parse(lines[1].substring("sealed-at:".length())),
                    lines[2].substring("key:".length()), List.copyOf(seals), signature);
            // read back exactly as signed, or it is not the statement that was signed
            return batch.statement().equals(statement) ? Optional.of(batch) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Line line(String text) {
        if (!text.startsWith("seal:")) {
            throw new IllegalArgumentException("Not a seal: " + text);
        }
        int lengthEnd = text.indexOf(':', "seal:".length());
        int length = Integer.parseInt(text.substring("seal:".length(), lengthEnd));
        String recordId = text.substring(lengthEnd + 1, lengthEnd + 1 + length);
        String[] rest = text.substring(lengthEnd + 2 + length).split(":", -1);
        if (text.charAt(lengthEnd + 1 + length) != ':' || rest.length != 2) {
            throw new IllegalArgumentException("Not a seal: " + text);
        }
        return new Line(recordId, Long.parseLong(rest[0]), rest[1]);
    }
}
