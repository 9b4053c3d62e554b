package org.minutebook.query.pages;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.minutebook.access.Characters;
import org.minutebook.query.meetings.MeetingRow;
import org.minutebook.query.record.MeetingStatus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * Meetings as an iCalendar feed (RFC 5545, written by ical4j, which folds and escapes): one event a meeting, with
 * a link back to its page, its venue (or its online link when it has no venue) and its webcast. A meeting's
 * civil start time is given as the instant it is in the committee's time zone, so a calendar needs no time-zone
 * definitions; a meeting whose start time is not stated is an all-day event on its day, and one whose day is not
 * stated is left out (a calendar cannot place it). The meetings come as their rows in the meetings read model,
 * whose agendas are published ones: nothing exempt can reach a feed. Every text is printed as
 * {@link Characters#printable}: a calendar's text holds no control character (RFC 5545), and text stored before
 * the door refused one may.
 */
final class MeetingCalendar {

    private static final String LONDON = "Europe/London";

    private MeetingCalendar() {
    }

    static String of(String name, List<MeetingRow> meetings, PageLinks links, Instant now) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//minutebook//Committee meetings//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new Method(Method.VALUE_PUBLISH))
                // read by most calendar programs as the subscribed calendar's name
                .add(new XProperty("X-WR-CALNAME", Characters.printable(name)));
        for (MeetingRow meeting : meetings) {
            if (meeting.date() != null) {
                calendar.add(event(meeting, links, now));
            }
        }
        StringWriter written = new StringWriter();
        try {
            // unvalidated: ical4j 4.1's validator reports rules of components the feed has none of (VALARM), and
            // a committee with no meeting yet is an empty calendar, which subscribers accept
            new CalendarOutputter(false).output(calendar, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written.toString();
    }

    private static VEvent event(MeetingRow meeting, PageLinks links, Instant now) {
        ZoneId zone = ZoneId.of(meeting.timeZone() == null ? LONDON : meeting.timeZone());
        LocalDate day = meeting.date();
        LocalTime startTime = meeting.startTime();
        Temporal start = startTime == null ? day : day.atTime(startTime).atZone(zone).toInstant();
        String title = meeting.special() ? "Special meeting: " + meeting.title() : meeting.title();
        String page = links.meeting(meeting.meetingId());
        VEvent event = new VEvent(start, title == null ? "Meeting" : Characters.printable(title))
                .add(new Uid(page))
                .replace(new DtStamp(now))
                .add(new Url(URI.create(page)));
        if (startTime != null && meeting.closedAt() != null) {
            event.add(new DtEnd<>(LocalDateTime.of(day, meeting.closedAt()).atZone(zone).toInstant()));
        }
        String venue = meeting.venue();
        String webcast = meeting.webcastUrl();
        if (venue != null || webcast != null) {
            event.add(new Location(Characters.printable(venue != null ? venue : webcast)));
        }
        event.add(new Description(Characters.printable(description(meeting, page, webcast))));
        event.add(new Status(meeting.status() == MeetingStatus.CANCELLED ? Status.VALUE_CANCELLED
                : Status.VALUE_CONFIRMED));
        return event;
    }

    private static String description(MeetingRow meeting, String page, String webcast) {
        List<String> lines = new ArrayList<>();
        if (meeting.cancellationReason() != null) {
            lines.add("Cancelled: " + meeting.cancellationReason());
        }
        lines.add("Agenda, documents and minutes: " + page);
        if (webcast != null) {
            lines.add("Watch online: " + webcast);
        }
        return String.join("\n", lines);
    }
}
