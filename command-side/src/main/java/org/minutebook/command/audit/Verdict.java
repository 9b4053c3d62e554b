package org.minutebook.command.audit;

import java.util.List;

/**
 * What {@code verify} found: {@code intact} only when every check passed; else {@code verdict} names the first
 * finding ({@code firstBrokenLink}), or {@code heads-unavailable} when the published heads could not be read.
 * {@code checks} gives each of the three checks' outcome. A report, answered 200 whatever it says.
 */
record Verdict(String id, boolean intact, String verdict, int events, int sealed, String chainHead,
               PublishedHead publishedHead, List<Check> checks, Finding firstBrokenLink) {

    static final String INTACT = "intact";
    static final String HEADS_UNAVAILABLE = "heads-unavailable";

    /** One check: {@code passed}, {@code failed} (with its first finding) or {@code unavailable}. */
    record Check(String check, String outcome, Finding finding) {

        static Check of(String check, Finding finding) {
            return new Check(check, finding == null ? "passed" : "failed", finding);
        }

        static Check unavailable(String check) {
            return new Check(check, "unavailable", null);
        }
    }

    /** Where a check failed: the sequence number (and event, when stored) and what is wrong there. */
    record Finding(String check, String verdict, long sequenceNumber, String eventId, String reason) {
    }
}
