package org.minutebook.command.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the answer to each request sent with an {@code Idempotency-Key}, in the same transaction as the
 * command's events: a retried request gets the first answer and records nothing twice; the same key on a
 * different request is refused. A concurrent duplicate waits on the key's row until the first commits.
 */
@Component
class IdempotencyKeys {

    private static final String REQUEST_HASH = IdempotencyKeys.class.getName() + ".requestHash";

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static void rememberRequest(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(String.valueOf(request.getHeader("If-Match")).getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            request.setAttribute(REQUEST_HASH, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims the key for this request; answers the stored response if it was already answered. */
    Optional<String> claim(String key) {
        String hash = currentRequestHash();
        int claimed = jdbc.update("INSERT INTO idempotency_key (idempotency_key, request_hash, created_at) "
                + "VALUES (?, ?, now()) ON CONFLICT DO NOTHING", key, hash);
        if (claimed == 1) {
            return Optional.empty();
        }
        List<StoredAnswer> stored = jdbc.query(
                "SELECT request_hash, response FROM idempotency_key WHERE idempotency_key = ?",
                (row, index) -> new StoredAnswer(row.getString(1), row.getString(2)), key);
        StoredAnswer answer = stored.get(0);
        if (!answer.requestHash().equals(hash)) {
            throw RequestRules.IDEMPOTENCY_KEY_REUSED.broken("Idempotency-Key " + key
                    + " was already used for a different request");
        }
        return Optional.of(answer.response());
    }

    /**
     * Keeps the answer's body; its status is not kept (the column stays for keys stored before): the same request
     * reaches the same operation, whose status is fixed.
     */
    void store(String key, String response) {
        jdbc.update("UPDATE idempotency_key SET response = ? WHERE idempotency_key = ?", response, key);
    }

    private static String currentRequestHash() {
        Object hash = RequestContextHolder.currentRequestAttributes()
                .getAttribute(REQUEST_HASH, RequestAttributes.SCOPE_REQUEST);
        if (hash == null) {
            throw new IllegalStateException("Idempotency needs a command read through @CommandBody");
        }
        return hash.toString();
    }

    private record StoredAnswer(String requestHash, String response) {
    }
}
