package org.minutebook.localstack;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order mongo-java-server's H2 backend keeps its unique indexes in (MVStore's default key type: a key that is not
 * {@code Comparable}, as its {@code KeyValue} is not, sorts by its bytes in Java serialization), told without
 * serializing for the keys minutebook stores: one plain-ASCII string, one number or one ObjectId (what a
 * document inserted without an {@code _id} gets). MVStore's default serializes both
 * keys at every step of every binary search, and a rebuild's flight recording put 68 % of the MongoDB-wire server's
 * CPU there. Keys are stored exactly as before and sort exactly as before, so an index written by the plain backend
 * reads as it was and the reverse; any other key is compared as MVStore always did.
 */
final class SerializedKeyOrder extends ObjectDataType {

    /** Java serialization writes a string of up to 65,535 bytes as its length in two bytes, then its bytes. */
    private static final int LONGEST_SHORT_STRING = 0xFFFF;

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue one && b instanceof KeyValue other && one.size() == 1 && other.size() == 1) {
            // two single-value keys serialize alike up to the value's own bytes, so the values' bytes decide
            Object x = one.get(0);
            Object y = other.get(0);
            if (x instanceof String s && y instanceof String t && plainAscii(s) && plainAscii(t)) {
                return s.length() != t.length() ? Integer.compare(s.length(), t.length()) : Integer.signum(s.compareTo(t));
            }
            if (x != null && y != null && x.getClass() == ObjectId.class && y.getClass() == ObjectId.class) {
                // written as its twelve bytes, compared unsigned, as ObjectId compares itself
                return Integer.signum(((ObjectId) x).compareTo((ObjectId) y));
            }
            if (x instanceof Double d && y instanceof Double e) {
                // written as the bits' eight bytes, big-endian, compared unsigned
                return Long.compareUnsigned(Double.doubleToLongBits(d), Double.doubleToLongBits(e));
            }
        }
        return super.compare(a, b);
    }

    /** A string whose modified UTF-8 is one byte a character and short enough for a two-byte length. */
    private static boolean plainAscii(String value) {
        if (value.length() > LONGEST_SHORT_STRING) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
