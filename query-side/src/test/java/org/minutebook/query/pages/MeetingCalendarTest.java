package org.minutebook.query.pages;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.minutebook.query.meetings.MeetingRow;
import org.minutebook.query.record.AgendaItem;
import org.junit.jupiter.api.Test;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.meetings.MeetingCancelled;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.query.meetings.MeetingRows;
import org.minutebook.query.record.MeetingStory;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The meetings as a calendar people subscribe to: each meeting an event, with its venue and a link back. */
class MeetingCalendarTest {

    private static final PageLinks SITE = new PageLinks("http://localhost:8082");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theNovember2020MeetingIsAnEventAtHalfPastNineInCountyHallWithALinkToItsPage() throws Exception {
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(scheduled(), opened(), closed()).record());

        String feed = MeetingCalendar.of("Committee meetings", List.of(meeting), SITE, NOW);

        VEvent event = onlyEvent(feed);
        // 9.30am in Leicester in November is 9.30 GMT; the close at 12.12pm ends the event
        assertThat(value(event, "DTSTART")).isEqualTo("20201118T093000Z");
        assertThat(value(event, "DTEND")).isEqualTo("20201118T121200Z");
        assertThat(value(event, "SUMMARY")).isEqualTo("Children and Families Overview and Scrutiny Committee");
        assertThat(value(event, "LOCATION")).isEqualTo("County Hall, Glenfield");
        assertThat(value(event, "URL")).isEqualTo("http://localhost:8082/meetings/" + MEETING);
        assertThat(value(event, "UID")).isEqualTo("http://localhost:8082/meetings/" + MEETING);
        assertThat(value(event, "DESCRIPTION")).contains("http://localhost:8082/meetings/" + MEETING);
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(feed).contains("X-WR-CALNAME:Committee meetings").contains("VERSION:2.0")
                .contains("PRODID:-//minutebook//Committee meetings//EN");
    }

    @Test
    void aSummerMeetingIsPlacedInBritishSummerTime() throws Exception {
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(new MeetingScheduled(MEETING, "coventry-sb2",
                "Scrutiny Board 2", false, LocalDate.of(2018, 6, 21), LocalTime.of(10, 0), "Europe/London",
                "Committee Room 3, Council House", List.of(), null)).record());

        VEvent event = onlyEvent(MeetingCalendar.of("Scrutiny Board 2", List.of(meeting), SITE, NOW));

        assertThat(value(event, "DTSTART")).isEqualTo("20180621T090000Z");
    }

    @Test
    void aVenueAndTitleStoredWithControlCharactersArePrintedWithReplacementCharacters() throws Exception {
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(new MeetingScheduled(MEETING, "coventry-sb2",
                "Scrutiny\u0001 Board 2\uFFFF", false, LocalDate.of(2018, 6, 21), LocalTime.of(10, 0),
                "Europe/London", "Committee Room 3\u0000, Council House\uD800", List.of(), null)).record());

        String feed = MeetingCalendar.of("Scrutiny\u001F Board 2", List.of(meeting), SITE, NOW);

        VEvent event = onlyEvent(feed);
        assertThat(value(event, "SUMMARY")).isEqualTo("Scrutiny\uFFFD Board 2\uFFFD");
        assertThat(value(event, "LOCATION")).isEqualTo("Committee Room 3\uFFFD, Council House\uFFFD");
        assertThat(feed).contains("X-WR-CALNAME:Scrutiny\uFFFD Board 2");
    }

    @Test
    void anOnlineMeetingWithoutAVenueGivesItsOnlineLinkAsWhereItIs() throws Exception {
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(new MeetingScheduled(MEETING, "leics-cfosc",
                "Children and Families Overview and Scrutiny Committee", false, LocalDate.of(2021, 1, 19),
                LocalTime.of(14, 0), "Europe/London", null, List.of(), "https://www.youtube.com/watch?v=abc")).record());

        VEvent event = onlyEvent(MeetingCalendar.of("Committee meetings", List.of(meeting), SITE, NOW));

        assertThat(value(event, "LOCATION")).isEqualTo("https://www.youtube.com/watch?v=abc");
        assertThat(value(event, "DESCRIPTION")).contains("Watch online: https://www.youtube.com/watch?v=abc");
    }

    @Test
    void aMeetingWhoseStartTimeIsNotStatedIsAnAllDayEventOnItsDay() throws Exception {
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(new MeetingScheduled(MEETING, "leics-cfosc",
                "Children and Families Overview and Scrutiny Committee", false, LocalDate.of(2020, 11, 18), null,
                "Europe/London", "County Hall, Glenfield", List.of(), null)).record());

        String feed = MeetingCalendar.of("Committee meetings", List.of(meeting), SITE, NOW);

        assertThat(feed).contains("DTSTART;VALUE=DATE:20201118");
    }

    @Test
    void aCancelledMeetingStaysInTheCalendarMarkedCancelledWithWhy() throws Exception {
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(scheduled(),
                new MeetingCancelled(MEETING, "No business to transact")).record());

        VEvent event = onlyEvent(MeetingCalendar.of("Committee meetings", List.of(meeting), SITE, NOW));

        assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(event, "DESCRIPTION")).startsWith("Cancelled: No business to transact");
    }

    @Test
    void aMeetingWhoseDayIsNotStatedCannotBePlacedSoIsLeftOut() throws Exception {
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(new MeetingScheduled(MEETING, "leics-cfosc",
                "Children and Families Overview and Scrutiny Committee", false, null, null, "Europe/London",
                "County Hall, Glenfield", List.of(), null)).record());

        Calendar calendar = parsed(MeetingCalendar.of("Committee meetings", List.of(meeting), SITE, NOW));

        assertThat(calendar.getComponents("VEVENT")).isEmpty();
    }

    @Test
    void longLinesAreFoldedAndCommasAndSemicolonsEscapedAsRfc5545Says() throws Exception {
        String title = "Children, Young People and Education Scrutiny Commission; joint meeting with the Adult "
                + "Social Care Scrutiny Commission";
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(new MeetingScheduled(MEETING, "leicester-cype", title,
                false, LocalDate.of(2020, 9, 29), LocalTime.of(17, 30), "Europe/London", "Meeting Room G.01, City Hall",
                List.of(), null)).record());

        String feed = MeetingCalendar.of("Committee meetings", List.of(meeting), SITE, NOW);

        assertThat(feed.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes().length).isLessThanOrEqualTo(75));
        assertThat(feed).contains("SUMMARY:Children\\, Young People and Education Scrutiny Commission\\; joint")
                .contains("\r\n "); // a folded line goes on after CRLF and a space
        assertThat(value(onlyEvent(feed), "SUMMARY")).isEqualTo(title);
    }

    @Test
    void anExemptItemOfTheAgendaReachesNoCalendar() throws Exception {
        MeetingRow meeting = MeetingRows.of(ofAMeeting().then(scheduled(), new AgendaItemAdded(MEETING, "item-9", "9",
                null, 9, "Foster carer allowances of one family", "Appendix B", null, List.of(),
                new Exemption("3", "Financial affairs"))).record());

        String feed = MeetingCalendar.of("Committee meetings", List.of(meeting), SITE, NOW);

        // the listed row holds the published agenda
        assertThat(meeting.agenda()).extracting(AgendaItem::title).containsExactly(AgendaItem.EXEMPT_TITLE);
        assertThat(feed).doesNotContain("Foster carer").doesNotContain("Appendix B");
        assertThat(onlyEvent(feed)).isNotNull();
    }

    private static VEvent onlyEvent(String feed) throws Exception {
        List<VEvent> events = parsed(feed).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Calendar parsed(String feed) throws Exception {
        return new CalendarBuilder().build(new StringReader(feed));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("No " + property)).getValue();
    }
}
