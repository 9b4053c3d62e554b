package org.minutebook.command.audit;

import java.time.Instant;

/**
 * A head published for a record: where its chain stood at one sequence number, when and under which key that was
 * signed, and the signature — of the seal itself, or of the batch it was sealed in ({@code batchId}).
 */
record PublishedHead(String recordId, long sequenceNumber, String hash, Instant sealedAt, String keyId, Long batchId,
                     String signature) {

    static PublishedHead of(SignedSeal seal) {
        return new PublishedHead(seal.recordId(), seal.sequenceNumber(), seal.hash(), seal.sealedAt(), seal.keyId(),
                null, seal.signature());
    }

    static PublishedHead of(SealBatch batch, SealBatch.Line line) {
        return new PublishedHead(line.recordId(), line.sequenceNumber(), line.hash(), batch.sealedAt(),
                batch.keyId(), batch.batchId(), batch.signature());
    }
}
