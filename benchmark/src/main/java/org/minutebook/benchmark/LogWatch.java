package org.minutebook.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what each process logged during a figure, looking for the signs of a service that failed under the
 * load rather than merely slowed: an {@code OutOfMemoryError}, or a connection refused (a server, or the service
 * itself, no longer taking connections). A figure whose logs show either is failed, whatever it measured.
 */
final class LogWatch {

    static final Pattern FAILURE = Pattern.compile("OutOfMemoryError|Connection refused|refused connection");

    private final Map<String, Path> logs = new LinkedHashMap<>();
    private final Map<String, Long> from = new LinkedHashMap<>();

    LogWatch(Stack stack) {
        logs.put("command side", stack.commandSide.log());
        logs.put("query side", stack.querySide.log());
        logs.put("local stack", stack.dir.resolve("logs/local-stack.log"));
    }

    /** From here on, what the logs say is the next figure's. */
    void mark() {
        logs.forEach((process, log) -> from.put(process, size(log)));
    }

    /** The lines logged since the mark that show a failure, each named by its process (at most a few each). */
    List<String> failures() {
        List<String> found = new ArrayList<>();
        logs.forEach((process, log) -> {
            long start = from.getOrDefault(process, 0L);
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                long length = file.length();
                if (length <= start) {
                    return;
                }
                byte[] added = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - start)];
                file.seek(start);
                file.readFully(added);
                int named = 0;
                for (String line : new String(added, StandardCharsets.UTF_8).split("\n")) {
                    if (FAILURE.matcher(line).find() && named++ < 3) {
                        found.add(process + ": " + line.strip());
                    }
                }
            } catch (IOException unreadable) {
                found.add(process + ": its log could not be read (" + unreadable.getMessage() + ")");
            }
        });
        return found;
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
