package org.minutebook.query.oparl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of a meeting's papers (and their files) within it: a report by the sequence number of the event that
 * recorded it ({@code report-28}), a document of an agenda item by its place among the item's documents and the
 * item's id ({@code document-0-item-26}). The agenda and the printable minutes are files of their own.
 */
final class Papers {

    static final String AGENDA = "agenda";
    static final String MINUTES = "minutes";
    private static final Pattern REPORT = Pattern.compile("report-(\\d{1,18})");
    private static final Pattern DOCUMENT = Pattern.compile("document-(\\d{1,9})-(.+)");

    private Papers() {
    }

    /** A report's key. */
    static String reportKey(long sequenceNumber) {
        return "report-" + sequenceNumber;
    }

    /** A document's key. */
    static String documentKey(String itemId, int place) {
        return "document-" + place + "-" + itemId;
    }

    /** The sequence number a report's key names. */
    static Optional<Long> report(String key) {
        Matcher report = REPORT.matcher(key);
        return report.matches() ? Optional.of(Long.parseLong(report.group(1))) : Optional.empty();
    }

    /** The item and the place a document's key names. */
    static Optional<Document> document(String key) {
        Matcher document = DOCUMENT.matcher(key);
        return document.matches() ? Optional.of(new Document(document.group(2), Integer.parseInt(document.group(1))))
                : Optional.empty();
    }

    /** A document of an item, by its place among the item's documents. */
    record Document(String itemId, int place) {
    }
}
