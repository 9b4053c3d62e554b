package org.minutebook.query.minutes;

import org.minutebook.events.resolutions.StatutoryRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A decision's statutory record in the words of ModernGov's "decision details" (and of the 2012 Regulations,
 * reg. 12): each line only when the minutes or the decision notice stated it, nothing "not stated" filled in.
 */
public final class DecisionDetails {

    private DecisionDetails() {
    }

    /** The lines to print, in ModernGov's order; none for a decision with no statutory record. */
    public static List<PrintableMinutes.Detail> of(StatutoryRecord record, Function<LocalDate, String> day) {
        List<PrintableMinutes.Detail> details = new ArrayList<>();
        if (record == null) {
            return details;
        }
        add(details, "Decision maker", record.decisionMaker());
        add(details, "Is key decision?", yesOrNo(record.keyDecision()));
        add(details, "Is subject to call in?", yesOrNo(record.subjectToCallIn()));
        add(details, "Call-in deadline", record.callInDeadline() == null ? null : day.apply(record.callInDeadline()));
        add(details, "Effective from", record.implementationDate() == null ? null
                : day.apply(record.implementationDate()));
        add(details, "Reasons for the decision", record.reasons());
        add(details, "Alternative options considered and rejected", record.alternativesRejected());
        add(details, "Interests and nature of interests declared", record.conflictsOfInterest());
        add(details, "Dispensations granted", record.dispensations());
        return details;
    }

    private static void add(List<PrintableMinutes.Detail> details, String label, String value) {
        if (value != null) {
            details.add(new PrintableMinutes.Detail(label, value));
        }
    }

    private static String yesOrNo(Boolean stated) {
        return stated == null ? null : stated ? "Yes" : "No";
    }
}
