package org.minutebook.query.record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Many small values kept as one binary value of a document (event copies, a committee register's chunks and
 * index): the MongoDB-wire server stores and reads one binary value far faster than as many fields or
 * sub-documents. Written and read with Java's data streams, in an order the writer and the reader share.
 */
final class BinaryValues {

    /** Writes the values in order. */
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads the values in the order they were written. */
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private BinaryValues() {
    }

    static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never, writing to memory
        }
        return bytes.toByteArray();
    }

    /** The values read back; {@code what} names them when they do not read (a damaged document). */
    static <T> T read(byte[] value, String what, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " does not read", e);
        }
    }
}
