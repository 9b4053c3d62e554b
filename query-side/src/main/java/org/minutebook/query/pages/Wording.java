package org.minutebook.query.pages;

import org.minutebook.events.meetings.MeetingContact;
import org.minutebook.query.minutes.PrintableMinutes;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the public pages word what the registers hold, as a council's site does: "Wednesday 18 November 2020,
 * 9.30am", "Resolved", "Apologies". Templates call it as {@code @wording}.
 */
@Component("wording")
public class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final Map<String, String> OUTCOMES = Map.of("CARRIED", "Resolved", "LOST", "Motion lost",
            "DEFERRED", "Deferred", "WITHDRAWN", "Withdrawn", "REFERRED", "Referred",
            "FURTHER_REPORT_REQUESTED", "Further report requested", "CONFIRMED", "Minutes confirmed");
    private static final Map<String, String> DECLARATIONS = Map.of("interest", "Interest",
            "party-whip", "Party whip", "no-interests", "No interests declared",
            "no-party-whip", "No party whip declared");
    private static final Map<String, String> STATUSES = Map.of("SCHEDULED", "Scheduled", "OPEN", "In progress",
            "ADJOURNED", "Adjourned", "CLOSED", "Held", "CANCELLED", "Cancelled");

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

    public String outcome(String outcome) {
        return OUTCOMES.getOrDefault(outcome, outcome);
    }

    public String declaration(String kind) {
        return DECLARATIONS.getOrDefault(kind, kind);
    }

    public String status(String status) {
        return STATUSES.getOrDefault(status, status);
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
    public String item(String number, String title) {
        return Stream.of(number == null ? null : number + ".", title).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
