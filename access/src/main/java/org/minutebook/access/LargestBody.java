package org.minutebook.access;

import java.util.Map;

/**
 * The largest request body a service reads, in bytes: a larger one is refused with {@code 413} before it is read
 * ({@link BoundedBodies}). 1 MiB unless the service declares its own as a bean — the command side declares the
 * largest event its pipeline carries, as no command needs a body larger than the event it records, and a larger
 * one for the path that takes a PDF's bytes (the import).
 *
 * @param bytes  the largest body of any path not named in {@code byPath}
 * @param byPath the largest body of the paths named
 */
public record LargestBody(int bytes, Map<String, Integer> byPath) {

    /** Far above any query or rebuild request, and the longest minute of a real meeting (tens of kilobytes). */
    public static final LargestBody ONE_MEBIBYTE = new LargestBody(1024 * 1024, Map.of());

    public LargestBody {
        byPath = Map.copyOf(byPath);
    }

    /** The largest body a request to this path may send. */
    public int at(String path) {
        return byPath.getOrDefault(path, bytes);
    }
}
