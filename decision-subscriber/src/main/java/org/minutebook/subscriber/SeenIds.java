package org.minutebook.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code ce_id}s already handled: delivery is at least once, so the same event can arrive again (a producer
 * retry, a replay, a restart before the offsets were committed). Kept in memory and, if a file is given, one id a
 * line in that file, so a restart does not handle an event twice.
 *
 * <p>A real governance system would store the ids with its own data, in the same transaction as the effect.
 */
final class SeenIds {

    private final Set<String> ids = new HashSet<>();
    private final Path file;

    /** @param file where the ids are kept across restarts, or null to keep them in memory only */
    SeenIds(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                ids.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    void add(String id) {
        if (ids.add(id) && file != null) {
            try {
                Files.writeString(file, id + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
