package org.minutebook.command.platform;

import java.util.Optional;

/**
 * A command as a client sent it: the command read from the request ({@link CommandBody}: the body, the path's ids
 * and the {@code If-Match} version), and, when the client sent an {@code Idempotency-Key}, that key with the hash of
 * the request it was sent with. The dispatch is handed all of it as one argument ({@link CommandDispatch}).
 *
 * @param command     the command
 * @param idempotency the key and request hash; empty when none was sent (or for a command sent by the service)
 * @param <C>         the command's type
 */
public record Sent<C>(C command, Optional<Idempotency> idempotency) {

    /** A command the service sends itself (the importer's), with no key of its own. */
    public static <C> Sent<C> of(C command) {
        return new Sent<>(command, Optional.empty());
    }

    /**
     * An {@code Idempotency-Key} and what it was sent with: a retry of the same request (the same method, path,
     * {@code If-Match} and body, so the same hash) gets the first answer; the key on another request is refused.
     */
    public record Idempotency(String key, String requestHash) {
    }
}
