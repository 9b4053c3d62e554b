package org.minutebook.command.audit;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** A seal signed by itself, as the service signed seals before it signed them a batch at a time. */
final class SealedAlone {

    private SealedAlone() {
    }

    static SignedSeal sign(SealKey key, String recordId, long sequenceNumber, String hash, Instant sealedAt) {
        SealStatement statement = new SealStatement(recordId, sequenceNumber, hash, sealedAt, key.keyId());
        try {
            Signature signer = Signature.getInstance(SealKey.ALGORITHM);
            signer.initSign(key.privateKey());
            signer.update(statement.bytes());
            return SignedSeal.of(statement, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
