package org.minutebook.reader;

import org.minutebook.events.meetings.MeetingContact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's heading: "Committee - Tuesday, 2 November 2021 2.00 pm" (ModernGov) or "Minutes of a meeting of the
 * Committee held at Venue on Wednesday, 18 November 2020." (printed minutes); "Venue:"; "Contact:"; the council
 * where the heading names it.
 */
record Heading(String committee, String title, String council, boolean special, LocalDate date, LocalTime startsAt,
               String venue, List<MeetingContact> contacts, String webcastUrl) {

    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern MODERN_GOV = Pattern.compile("^(?:(?<special>Special|Extraordinary|Additional)"
            + " Meeting,?\\s+(?:of\\s+)?)?(?<title>.+?)\\s+[-–]\\s+" + WEEKDAY + ",?\\s+(?<date>.+?)\\s*$");
    private static final Pattern PRINTED = Pattern.compile("^Minutes of (?:a|the) (?<special>special |extraordinary )?"
            + "meeting of (?:the )?(?<title>.+?) held (?<rest>.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_VENUE = Pattern.compile("\\b(?:at|in) (?<venue>(?:(?!\\bon " + WEEKDAY
            + ")[^.])+?)(?= on |,? " + WEEKDAY + "|$)");
    private static final Pattern VENUE = Pattern.compile("^\\s*(?:Venue|Place|Location)\\s*:\\s*(.+?)\\s*"
            + "(?:\\.?\\s*View directions)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTACT = Pattern.compile("^\\s*Contacts?\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNCIL = Pattern.compile("\\b((?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)* )"
            + "(?:City|County|Borough|District|Metropolitan Borough|Town|Parish) Council|London Borough of "
            + "[A-Z][a-z]+(?: [A-Z][a-z]+)*|[A-Z][a-z]+ Council)\\b");
    private static final Pattern WEBCAST = Pattern.compile("\\bwebcast\\b.*?(https?://\\S+?)[.)]?(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);
    /** A qualifier of dates on a committee's name: "(up to 28th April 2021)", "(from May 2022)". */
    private static final Pattern DATED_NAME = Pattern.compile("\\s*\\((?:up to|until|from|to|since)\\b[^)]*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    static Heading read(List<Line> heading) {
        String title = null;
        boolean special = false;
        LocalDate date = null;
        LocalTime startsAt = null;
        String venue = null;
        List<MeetingContact> contacts = new ArrayList<>();
        String council = null;
        String webcast = null;
        String sentence = Paragraph.tidy(String.join(" ", heading.stream().map(Line::text).toList()));
        Matcher printed = PRINTED.matcher(sentence);
        if (printed.find()) {
            title = printed.group("title");
            special = printed.group("special") != null;
            String rest = printed.group("rest");
            date = Dates.first(rest);
            startsAt = Dates.firstTime(rest);
            Matcher at = AT_VENUE.matcher(rest);
            if (at.find()) {
                venue = at.group("venue").strip();
            }
        }
        for (Line line : heading) {
            String text = line.text().strip();
            Matcher modernGov = MODERN_GOV.matcher(text);
            Matcher venueLine = VENUE.matcher(text);
            Matcher contact = CONTACT.matcher(text);
            if (venueLine.matches()) {
                venue = venueLine.group(1);
            } else if (contact.matches()) {
                contacts.addAll(Contacts.read(contact.group(1)));
            } else if (title == null && modernGov.matches() && Dates.first(modernGov.group("date")) != null) {
                title = modernGov.group("title");
                special = modernGov.group("special") != null;
                date = Dates.first(modernGov.group("date"));
                startsAt = Dates.firstTime(modernGov.group("date"));
            }
            Matcher councilName = COUNCIL.matcher(text);
            if (council == null && !contact.matches() && councilName.find()) {
                council = councilName.group(1);
            }
            Matcher webcastLink = WEBCAST.matcher(text);
            if (webcastLink.find()) {
                webcast = webcastLink.group(1);
            }
        }
        String committee = title == null ? null : DATED_NAME.matcher(title).replaceFirst("");
        return new Heading(committee, title, council, special, date, startsAt, venue, contacts, webcast);
    }
}
