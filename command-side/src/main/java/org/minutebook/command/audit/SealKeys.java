package org.minutebook.command.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key that signs seals, and the public keys that check them. The private key is never in the database: it is
 * a PEM file named by {@code MINUTEBOOK_SEAL_KEY_FILE}, or, when none is named, one generated at the first start
 * under the data directory (owner-only). Public keys of retired keys stay trusted, so seals signed before a
 * rotation still verify. A named key file that is missing stops the start: a lost secret must not quietly become
 * a new key.
 */
@Component
class SealKeys implements ChainChecks.Signatures {

    private static final Logger LOG = LoggerFactory.getLogger(SealKeys.class);
    static final String GENERATED_KEY = "seal-key.pem";
    static final String GENERATED_PUBLIC_KEY = "seal-key.pub.pem";

    /** How a signature stands against the trusted keys. */
    enum SignatureCheck { SIGNED, UNSIGNED, UNKNOWN_KEY, FORGED }

    /** A trusted public key, as verifiers are given it. */
    record PublishedKey(String keyId, String algorithm, String publicKey, boolean current) {
    }

    private final SealKey current;
    private final Map<String, PublicKey> trusted = new LinkedHashMap<>();

    @Autowired
    SealKeys(@Value("${minutebook.seals.key-file}") String keyFile,
             @Value("${minutebook.seals.generated-key-dir}") Path generatedKeyDir,
             @Value("${minutebook.seals.retired-public-keys}") String retiredPublicKeys) {
        this(keyFile.isBlank() ? generatedOrKept(generatedKeyDir) : SealKey.fromPrivatePem(read(Path.of(keyFile))),
                Arrays.stream(retiredPublicKeys.split(",")).map(String::trim).filter(path -> !path.isEmpty())
                        .map(path -> SealKey.publicKeyFromPem(read(Path.of(path)))).toList());
    }

    SealKeys(SealKey current, List<PublicKey> retired) {
        this.current = current;
        trusted.put(current.keyId(), current.publicKey());
        retired.forEach(key -> trusted.putIfAbsent(SealKey.idOf(key), key));
        LOG.info("Seals are signed with key {}; trusted keys: {}", current.keyId(), trusted.keySet());
    }

    SealKey current() {
        return current;
    }

    List<PublishedKey> published() {
        return trusted.entrySet().stream().map(key -> new PublishedKey(key.getKey(), SealKey.ALGORITHM,
                SealKey.publicPem(key.getValue()), key.getKey().equals(current.keyId()))).toList();
    }

    /** A seal signed by itself (before seals were signed a batch at a time). */
    @Override
    public SignatureCheck check(SignedSeal seal) {
        return check(seal.keyId(), seal.signature(), seal.statement().bytes());
    }

    /** A batch of seals, signed once. */
    @Override
    public SignatureCheck check(SealBatch batch) {
        return check(batch.keyId(), batch.signature(), batch.bytes());
    }

    private SignatureCheck check(String keyId, String signature, byte[] statement) {
        if (signature == null || keyId == null) {
            return SignatureCheck.UNSIGNED;
        }
        PublicKey key = trusted.get(keyId);
        if (key == null) {
            return SignatureCheck.UNKNOWN_KEY;
        }
        try {
            Signature verifier = Signature.getInstance(SealKey.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(statement);
            return verifier.verify(Base64.getDecoder().decode(signature))
                    ? SignatureCheck.SIGNED : SignatureCheck.FORGED;
        } catch (GeneralSecurityException | IllegalArgumentException notASignature) {
            return SignatureCheck.FORGED;
        }
    }

    /** The embedded default: the key generated at the first start, kept where only its owner can read it. */
    private static SealKey generatedOrKept(Path directory) {
        Path keyFile = directory.resolve(GENERATED_KEY);
        if (Files.exists(keyFile)) {
            return SealKey.fromPrivatePem(read(keyFile));
        }
        SealKey key = SealKey.generate();
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createDirectories(directory);
                Files.createFile(keyFile);
            }
            Files.writeString(keyFile, key.privatePem(), StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
            Files.writeString(directory.resolve(GENERATED_PUBLIC_KEY), SealKey.publicPem(key.publicKey()),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the generated seal key in " + directory, e);
        }
        LOG.warn("Generated seal key {} in {}: keep it out of the database's reach and back it up with its public "
                + "key (docs/operations.md)", key.keyId(), keyFile.toAbsolutePath());
        return key;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seal key file " + file.toAbsolutePath(), e);
        }
    }
}
