package org.minutebook.command.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What a seal's signature vouches for: that the record's chain reached this hash at this sequence number, sealed
 * then, under this key. Its bytes are lines a verifier in any language can rebuild (docs/operations.md); the
 * record id is preceded by its length, so no id can make one statement read as another.
 */
record SealStatement(String recordId, long sequenceNumber, String hash, Instant sealedAt, String keyId) {

    static final String FORMAT = "minutebook-seal-v1";

    byte[] bytes() {
        return String.join("\n", FORMAT,
                "record:" + recordId.length() + ":" + recordId,
                "sequence:" + sequenceNumber,
                "hash:" + hash,
                "sealed-at:" + sealedAt,
                "key:" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
