package org.minutebook.command.audit;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The Ed25519 key that signs seals. Its id is derived from the public key, so two keys can never share an id and
 * an id cannot be configured wrong. Keys are read and written as PEM: PKCS#8 for the private key (as
 * {@code openssl genpkey -algorithm ed25519} writes it), X.509 SubjectPublicKeyInfo for a public key.
 */
record SealKey(String keyId, PrivateKey privateKey, PublicKey publicKey) {

    static final String ALGORITHM = "Ed25519";

    static SealKey generate() {
        try {
            return of(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make Ed25519 keys", e);
        }
    }

    /** The key in a PKCS#8 PEM file; its public half is derived from it, so only the private key is kept. */
    static SealKey fromPrivatePem(String pem) {
        try {
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Pem.decode(pem, "PRIVATE KEY")));
            byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                    .orElseThrow(() -> new IllegalArgumentException("The private key holds no Ed25519 seed"));
            // The JDK derives an Ed25519 public key only while generating a pair: generate it from the key's seed.
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            KeyPair pair = generator.generateKeyPair();
            return of(new KeyPair(pair.getPublic(), privateKey));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key in PKCS#8 PEM: " + e.getMessage(), e);
        }
    }

    static PublicKey publicKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Pem.decode(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key in PEM: " + e.getMessage(), e);
        }
    }

    static String idOf(PublicKey publicKey) {
        try {
            byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return "ed25519-" + HexFormat.of().formatHex(fingerprint, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String publicPem(PublicKey publicKey) {
        return Pem.encode(publicKey.getEncoded(), "PUBLIC KEY");
    }

    String privatePem() {
        return Pem.encode(privateKey.getEncoded(), "PRIVATE KEY");
    }

    /** The seals of one batch, signed once under this key's id; not yet stored (its id is 0). */
    SealBatch sign(List<SealBatch.Line> seals, Instant sealedAt) {
        SealBatch unsigned = new SealBatch(0, sealedAt, keyId, List.copyOf(seals), null);
        return new SealBatch(0, sealedAt, keyId, unsigned.seals(), signature(unsigned.bytes()));
    }

    private String signature(byte[] statement) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(statement);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a seal", e);
        }
    }

    private static SealKey of(KeyPair pair) {
        return new SealKey(idOf(pair.getPublic()), pair.getPrivate(), pair.getPublic());
    }

    /** Hands the generator the key's own seed instead of random bytes. */
    private static final class FixedSeed extends SecureRandom {

        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Expected a request for " + seed.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }

    /** PEM: a labelled, line-wrapped Base64 block. */
    private static final class Pem {

        static byte[] decode(String pem, String label) {
            String begin = "-----BEGIN " + label + "-----";
            String end = "-----END " + label + "-----";
            int from = pem.indexOf(begin);
            int to = pem.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("No " + begin + " block");
            }
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        }

        static String encode(byte[] der, String label) {
            return "-----BEGIN " + label + "-----\n"
                    + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                    + "\n-----END " + label + "-----\n";
        }
    }
}
