package org.minutebook.query.pages;

import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.events.published.PublishedDecision.Outcome;
import org.minutebook.events.published.Taken;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.query.minutes.DecisionDetails;
import org.minutebook.query.minutes.PrintableMinutes;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.MeetingStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the public pages word what the registers hold, as a council's site does: "Wednesday 18 November 2020,
 * 9.30am", "Resolved", "Held". Templates call it as {@code @wording}.
 */
@Component("wording")
public class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A day, or that it is not stated. */
    public String day(LocalDate day) {
        return day == null ? "Date not stated" : day.format(DAY);
    }

    /** A time of day as minutes write it ("9.30am"), or nothing when it is not stated. */
    public String time(LocalTime time) {
        return time == null ? "" : PrintableMinutes.time(time);
    }

    /** A meeting's day and, when stated, its start: "Wednesday 18 November 2020, 9.30am". */
    public String when(LocalDate date, LocalTime startTime) {
        return startTime == null ? day(date) : day(date) + ", " + PrintableMinutes.time(startTime);
    }

    /** A decision's outcome as minutes say it. */
    public String outcome(Outcome outcome) {
        return switch (outcome) {
            case CARRIED -> "Resolved";
            case LOST -> "Motion lost";
            case DEFERRED -> "Deferred";
            case WITHDRAWN -> "Withdrawn";
            case REFERRED -> "Referred";
            case FURTHER_REPORT_REQUESTED -> "Further report requested";
            case CONFIRMED -> "Minutes confirmed";
            case PLANNED -> "On the forward plan";
            case NOTICE_PUBLISHED -> "Notice published";
            case DECIDED -> "Decided";
            case CALLED_IN -> "Called in";
            case CALL_IN_NOT_UPHELD -> "Call-in not upheld";
            case CALL_IN_UPHELD -> "Call-in upheld";
            case VARIED -> "Varied";
            case REVOKED -> "Revoked";
        };
    }

    /**
     * Who took a decision outside a meeting, as a decision's reference says it: "Officer decision: Martin Fletcher,
     * Director of Highways", "Executive member decision: Cllr Clair (Deputy City Mayor)", "Executive decision".
     */
    public String takenBy(Taken taken) {
        String by = switch (taken.makerKind()) {
            case OFFICER -> "Officer decision";
            case EXECUTIVE_MEMBER -> "Executive member decision";
            case EXECUTIVE -> "Executive decision";
        };
        return taken.maker() == null ? by : by + ": " + taken.maker().asWritten();
    }

    /** A declaration's kind; the register holds no other kind. */
    public String declaration(FactKind kind) {
        return switch (kind) {
            case INTEREST -> "Interest";
            case PARTY_WHIP -> "Party whip";
            case NO_INTERESTS -> "No interests declared";
            case NO_PARTY_WHIP -> "No party whip declared";
            default -> throw new IllegalArgumentException("No declaration is of kind " + kind);
        };
    }

    /** Where a meeting stands, as a council's site says it. */
    public String status(MeetingStatus status) {
        if (status == null) {
            return "Not yet scheduled"; // business recorded before the meeting itself
        }
        return switch (status) {
            case SCHEDULED -> "Scheduled";
            case OPEN -> "In progress";
            case ADJOURNED -> "Adjourned";
            case CLOSED -> "Held";
            case CANCELLED -> "Cancelled";
        };
    }

    /**
     * An address recorded for a document or a webcast, when it is one a browser may follow from a public page
     * (http or https); anything else is shown as text, never as a link.
     */
    public String followable(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    /** A meeting's contact as the agenda gives it: "Gemma Duckworth, 0116 3052583, gemma.duckworth@leics.gov.uk". */
    public String contact(MeetingContact contact) {
        return Stream.of(contact.name(), contact.role(), contact.phone(), contact.email()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    /** A decision's statutory record in ModernGov's "decision details" lines: only what was stated. */
    public List<PrintableMinutes.Detail> decisionDetails(StatutoryRecord statutory) {
        return DecisionDetails.of(statutory, date -> date.format(DATE));
    }

    /** An item as minutes head it: "26. Defining Children and Family Services for the Future."; empty for none. */
    public String item(String number, String title) {
        return Stream.of(number == null ? null : number + ".", title).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
