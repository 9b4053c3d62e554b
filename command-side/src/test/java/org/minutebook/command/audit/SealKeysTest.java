package org.minutebook.command.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.command.audit.SealKeys.SignatureCheck;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The seal key: where it comes from, and what its signatures vouch for. */
class SealKeysTest {

    private static final String HASH = "3b8d5c1f0e4a".repeat(5) + "9c2e";
    private static final Instant SEALED_AT = Instant.parse("2021-11-02T14:05:00.123456Z");

    @TempDir
    Path data;

    @Test
    void theKeyGeneratedAtTheFirstStartIsKeptForItsOwnerOnlyAndUsedAgainAtTheNext() throws Exception {
        SealKeys first = new SealKeys("", data.resolve("seal-keys"), "");
        SealKeys second = new SealKeys("", data.resolve("seal-keys"), "");

        assertThat(second.current().keyId()).isEqualTo(first.current().keyId());
        Path keyFile = data.resolve("seal-keys").resolve(SealKeys.GENERATED_KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
                .isEqualTo("rwx------");
        assertThat(SealKey.idOf(SealKey.publicKeyFromPem(Files.readString(
                data.resolve("seal-keys").resolve(SealKeys.GENERATED_PUBLIC_KEY))))).isEqualTo(first.current().keyId());
    }

    @Test
    void aKeyFileNamedInTheConfigurationButMissingStopsTheStartRatherThanBecomingANewKey() {
        assertThatThrownBy(() -> new SealKeys(data.resolve("secrets/seal-key.pem").toString(),
                data.resolve("seal-keys"), "")).hasMessageContaining("Cannot read seal key file");
        assertThat(data.resolve("seal-keys")).doesNotExist();
    }

    @Test
    void thePublicKeyIsDerivedFromThePrivateKeyFileAsRfc8032Says() {
        // RFC 8032, 7.1, test 1: the secret key and the public key it makes
        byte[] seed = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        byte[] pkcs8 = new byte[48];
        System.arraycopy(HexFormat.of().parseHex("302e020100300506032b657004220420"), 0, pkcs8, 0, 16);
        System.arraycopy(seed, 0, pkcs8, 16, 32);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";

        SealKey key = SealKey.fromPrivatePem(pem);

        byte[] spki = key.publicKey().getEncoded();
        assertThat(HexFormat.of().formatHex(spki, spki.length - 32, spki.length))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(SealKey.fromPrivatePem(key.privatePem()).keyId()).isEqualTo(key.keyId());
    }

    @Test
    void aSealOfTheApologyAtFiveHoldsAndAnyChangeToWhatItSaysBreaksIt() {
        SealKeys keys = new SealKeys(SealKey.generate(), List.of());
        SignedSeal seal = SealedAlone.sign(keys.current(), "cfosc-2021-11-02", 5, HASH, SEALED_AT);

        assertThat(keys.check(seal)).isEqualTo(SignatureCheck.SIGNED);
        assertThat(keys.check(new SignedSeal("cfosc-2021-11-03", 5, HASH, SEALED_AT, seal.keyId(), seal.signature())))
                .isEqualTo(SignatureCheck.FORGED);
        assertThat(keys.check(new SignedSeal(seal.recordId(), 6, HASH, SEALED_AT, seal.keyId(), seal.signature())))
                .isEqualTo(SignatureCheck.FORGED);
        assertThat(keys.check(new SignedSeal(seal.recordId(), 5, "0" + HASH.substring(1), SEALED_AT, seal.keyId(),
                seal.signature()))).isEqualTo(SignatureCheck.FORGED);
        assertThat(keys.check(new SignedSeal(seal.recordId(), 5, HASH, SEALED_AT.plusNanos(1000), seal.keyId(),
                seal.signature()))).isEqualTo(SignatureCheck.FORGED);
        assertThat(keys.check(new SignedSeal(seal.recordId(), 5, HASH, SEALED_AT, seal.keyId(), "not a signature")))
                .isEqualTo(SignatureCheck.FORGED);
        assertThat(keys.check(new SignedSeal(seal.recordId(), 5, HASH, SEALED_AT, null, null)))
                .isEqualTo(SignatureCheck.UNSIGNED);
    }

    @Test
    void aSealSignedByAKeyTheServiceDoesNotTrustNamesAnUnknownKey() {
        SealKeys keys = new SealKeys(SealKey.generate(), List.of());
        SignedSeal byAnotherKey = SealedAlone.sign(SealKey.generate(), "cfosc-2021-11-02", 5, HASH, SEALED_AT);

        assertThat(keys.check(byAnotherKey)).isEqualTo(SignatureCheck.UNKNOWN_KEY);
    }

    @Test
    void afterARotationSealsSignedWithTheRetiredKeyStillHoldAndTheNewKeySignsFromThenOn() throws Exception {
        SealKey retired = SealKey.generate();
        SignedSeal beforeRotation = SealedAlone.sign(retired, "cfosc-2021-11-02", 5, HASH, SEALED_AT);
        Path retiredPublicKey = Files.writeString(data.resolve("2025.pub.pem"), SealKey.publicPem(retired.publicKey()),
                StandardCharsets.US_ASCII);
        Path newKey = Files.writeString(data.resolve("2026.pem"), SealKey.generate().privatePem(),
                StandardCharsets.US_ASCII);

        SealKeys keys = new SealKeys(newKey.toString(), data.resolve("seal-keys"), " " + retiredPublicKey + " ");

        assertThat(keys.check(beforeRotation)).isEqualTo(SignatureCheck.SIGNED);
        assertThat(keys.current().keyId()).isNotEqualTo(retired.keyId());
        assertThat(keys.published()).extracting(SealKeys.PublishedKey::keyId, SealKeys.PublishedKey::current)
                .containsExactly(tuple(keys.current().keyId(), true),
                        tuple(retired.keyId(), false));
    }
}
