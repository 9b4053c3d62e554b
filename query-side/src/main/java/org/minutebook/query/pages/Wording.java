package org.minutebook.query.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.events.resolutions.StatutoryRecord;
import org.minutebook.query.decisions.Outcome;
import org.minutebook.query.minutes.DecisionDetails;
import org.minutebook.query.minutes.PrintableMinutes;
import org.minutebook.query.record.FactKind;
import org.minutebook.query.record.MeetingStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** Reads a register row's values, as stored, into the contract's records. */
    private static final ObjectMapper ROWS = new ObjectMapper().registerModule(new JavaTimeModule());

    /** A meeting's day (an ISO date or date-time), or that it is not stated. */
    public String day(String iso) {
        if (iso == null) {
            return "Date not stated";
        }
        return (iso.length() > 10 ? LocalDateTime.parse(iso).toLocalDate() : LocalDate.parse(iso)).format(DAY);
    }

    /** A meeting's day and, when stated, its start: "Wednesday 18 November 2020, 9.30am". */
    public String when(String date, String startTime) {
        return startTime == null ? day(date)
                : day(date) + ", " + PrintableMinutes.time(LocalTime.parse(startTime));
    }

    /** A decision's outcome (as the register names it: {@code CARRIED}…) as minutes say it. */
    public String outcome(String outcome) {
        return switch (Outcome.valueOf(outcome)) {
            case CARRIED -> "Resolved";
            case LOST -> "Motion lost";
            case DEFERRED -> "Deferred";
            case WITHDRAWN -> "Withdrawn";
            case REFERRED -> "Referred";
            case FURTHER_REPORT_REQUESTED -> "Further report requested";
            case CONFIRMED -> "Minutes confirmed";
        };
    }

    /** A declaration's kind (as the register keys it: {@code interest}…); the register holds no other kind. */
    public String declaration(String kind) {
        return switch (FactKind.ofJson(kind)) {
            case INTEREST -> "Interest";
            case PARTY_WHIP -> "Party whip";
            case NO_INTERESTS -> "No interests declared";
            case NO_PARTY_WHIP -> "No party whip declared";
            default -> throw new IllegalArgumentException("No declaration is of kind " + kind);
        };
    }

    /** Where a meeting stands (as the meetings read model names it: {@code CLOSED}…), as a council's site says it. */
    public String status(String status) {
        if (status == null) {
            return "Not yet scheduled"; // business recorded before the meeting itself
        }
        return switch (MeetingStatus.valueOf(status)) {
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

    /** An item as minutes head it: "26. Defining Children and Family Services for the Future."; empty for none. */
    /**
     * A decision's statutory record, as a register row holds it, in ModernGov's "decision details" lines: only what
     * was stated.
     */
    public List<PrintableMinutes.Detail> decisionDetails(Map<String, Object> statutory) {
        return DecisionDetails.of(statutory == null ? null : ROWS.convertValue(statutory, StatutoryRecord.class),
                date -> date.format(DATE));
    }

    public String item(String number, String title) {
        return Stream.of(number == null ? null : number + ".", title).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
