package org.minutebook.systemtests;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * An OAuth2 / OIDC identity provider as far as the services see one: it serves its public key as a JWK set over
 * HTTP and signs bearer tokens with the private key, with the claims a council's provider would send.
 */
final class TestIdentityProvider implements AutoCloseable {

    private final RSAKey key;
    private final HttpServer server;

    private TestIdentityProvider(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    static TestIdentityProvider start() throws IOException, JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("tests-1").keyUse(KeyUse.SIGNATURE).generate();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        byte[] jwkSet = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwkSet.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwkSet);
            }
        });
        server.start();
        return new TestIdentityProvider(key, server);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    String jwkSetUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/jwks";
    }

    /** A bearer token for a user with the roles, serving the councils (none given: the claim is left out). */
    String token(String subject, String name, List<String> roles, List<String> councils) throws JOSEException {
        return tokenWithCouncilsClaim(subject, name, roles, councils.isEmpty() ? null : councils);
    }

    /** A bearer token whose councils claim is the value given, whatever its type (null: the claim is left out). */
    String tokenWithCouncilsClaim(String subject, String name, List<String> roles, Object councils)
            throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).claim("name", name)
                .claim("roles", roles).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600)));
        if (councils != null) {
            claims.claim("councils", councils);
        }
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }
}
