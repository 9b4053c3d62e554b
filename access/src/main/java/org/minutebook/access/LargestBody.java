package org.minutebook.access;

/**
 * The largest request body a service reads, in bytes: a larger one is refused with {@code 413} before it is read
 * ({@link BoundedBodies}). 1 MiB unless the service declares its own as a bean — the command side declares the
 * largest event its pipeline carries, as no command needs a body larger than the event it records.
 */
public record LargestBody(int bytes) {

    /** Far above any query or rebuild request, and the longest minute of a real meeting (tens of kilobytes). */
    public static final LargestBody ONE_MEBIBYTE = new LargestBody(1024 * 1024);
}
