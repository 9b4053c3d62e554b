package org.minutebook.command.audit;

import java.time.Instant;

/**
 * A seal as the service signed it: where the record's chain stood, and the signature over that statement. Stored
 * with the seal, and published as the record's chain head on {@code minutebook.chain-heads} in this shape.
 */
record SignedSeal(String recordId, long sequenceNumber, String hash, Instant sealedAt, String keyId,
                  String signature) {

    static SignedSeal of(SealStatement statement, String signature) {
        return new SignedSeal(statement.recordId(), statement.sequenceNumber(), statement.hash(),
                statement.sealedAt(), statement.keyId(), signature);
    }

    SealStatement statement() {
        return new SealStatement(recordId, sequenceNumber, hash, sealedAt, keyId);
    }
}
