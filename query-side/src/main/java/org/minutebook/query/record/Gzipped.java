package org.minutebook.query.record;

import org.bson.types.Binary;
import org.minutebook.query.platform.UnreadableRecord;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A large binary value as it is stored: gzipped once it is large enough to gain by it, else as it is — a rendered
 * answer ({@link StoredAnswers}), a chunk of event copies ({@link EventLog}), a listing's rows' JSON ({@link
 * Listings}). What a rebuild writes into the
 * MongoDB-wire server is the limit of its speed, and JSON (the minutes, an agenda, the events) repeats its field
 * names row after row, so gzip keeps a fraction of it. A gzipped value is a whole gzip stream, told from a plain
 * one (stored before) by gzip's two magic bytes, with which no JSON text begins, nor a chunk of copies (its first
 * copy's sequence number, whose top byte is 0): not by a binary subtype, which the MongoDB-wire server does not
 * keep. So it can also be served as stored to a client that accepts gzip.
 */
final class Gzipped {

    /** Below this a value is stored as it is: gzip's header and table would outweigh what it saves. */
    static final int AT_LEAST = 512;

    private Gzipped() {
    }

    /** The value as it is to be stored: gzipped when that is smaller, else as it is. */
    static Binary stored(byte[] value) {
        if (value.length < AT_LEAST) {
            return new Binary(value);
        }
        byte[] gzipped = gzip(value);
        return new Binary(gzipped.length < value.length ? gzipped : value);
    }

    /** Whether the stored value is gzipped. */
    static boolean isGzipped(Binary stored) {
        byte[] bytes = stored.getData();
        return bytes.length > 2 && bytes[0] == (byte) GZIPInputStream.GZIP_MAGIC
                && bytes[1] == (byte) (GZIPInputStream.GZIP_MAGIC >> 8);
    }

    /** The value as it was before it was stored, unzipped when it was stored gzipped. */
    static byte[] unzipped(Binary stored) {
        return isGzipped(stored) ? gunzip(stored.getData()) : stored.getData();
    }

    private static byte[] gzip(byte[] json) {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream(json.length / 4 + 64);
        try (GZIPOutputStream out = new FastestGzip(gzipped, json.length)) {
            out.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never, writing to memory
        }
        return gzipped.toByteArray();
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped),
                Math.min(64 * 1024, Math.max(512, gzipped.length)))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UnreadableRecord("A stored value's gzip does not read", e);
        }
    }

    /**
     * Gzip at its fastest level: a rebuild compresses every answer and event copy of every meeting, and the fastest
     * level keeps nearly as much off the server as the default for a fraction of the CPU.
     */
    private static final class FastestGzip extends GZIPOutputStream {

        FastestGzip(ByteArrayOutputStream out, int size) throws IOException {
            super(out, Math.min(64 * 1024, Math.max(512, size)));
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
