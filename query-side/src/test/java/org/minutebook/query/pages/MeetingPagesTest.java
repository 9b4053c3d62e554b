package org.minutebook.query.pages;

import org.junit.jupiter.api.Test;
import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.Exemption;
import org.minutebook.events.attendance.ApologyRecorded;
import org.minutebook.events.attendance.MemberAttended;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.MinuteBlock;
import org.minutebook.events.business.MinuteBlockKind;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.query.minutes.PrintableMinutes;
import org.minutebook.query.record.MeetingRecord;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.BENTLEY;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.WELSH;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** A meeting's public pages: its agenda with the documents, its minutes marked draft or confirmed. */
class MeetingPagesTest {

    private static final AgendaItemAdded FOSTERING_REPORT = new AgendaItemAdded(MEETING, "item-28", "28", null, 2,
            "Leicestershire Fostering Agency Statutory Report", "To consider the annual report.", null,
            List.of(new AgendaDocument("Fostering Agency Annual Report", "https://politics.leics.gov.uk/doc/28.pdf",
                    "PDF", "238 KB", false), new AgendaDocument("Appendix", "javascript:alert(1)")), null);
    private static final AgendaItemAdded EXEMPT_ITEM = new AgendaItemAdded(MEETING, "item-9", "9", null, 3,
            "Foster carer allowances of one family", "Appendix B sets out the allowances", null,
            List.of(new AgendaDocument("Allowances of the family", null)), new Exemption("3", "Financial affairs"));

    @Test
    void theAgendaListsEachItemWithItsDocumentsLinkedWhereTheyArePublished() {
        String page = agenda(publicly(ofAMeeting().then(scheduled(), item("19", 1), FOSTERING_REPORT).record()));

        assertThat(page).contains("<h3><span>19.</span> <span>Item 19</span></h3>")
                .contains("<span>28.</span> <span>Leicestershire Fostering Agency Statutory Report</span>")
                .contains("To consider the annual report.")
                .contains("<a href=\"https://politics.leics.gov.uk/doc/28.pdf\">Fostering Agency Annual Report (PDF 238 KB)</a>")
                .contains("County Hall, Glenfield")
                .contains("18 November 2020 at 9.30am");
        assertThat(page).as("an address a browser should not follow is not linked")
                .doesNotContain("href=\"javascript:").contains("<span>Appendix</span>");
    }

    @Test
    void anExemptItemIsOnThePublicAgendaByItsNumberAndParagraphOnly() {
        MeetingRecord record = ofAMeeting().then(scheduled(), item("19", 1), EXEMPT_ITEM).record();

        String agenda = agenda(publicly(record));
        String minutes = minutes(publicly(record));

        for (String page : List.of(agenda, minutes)) {
            assertThat(page).contains("Exempt item").contains("paragraph 3 of Schedule 12A")
                    .doesNotContain("Foster carer").doesNotContain("Appendix B").doesNotContain("Allowances of the family");
        }
        assertThat(agenda(record)).as("a clerk's record, for contrast").contains("Foster carer allowances");
    }

    @Test
    void minutesNotYetConfirmedAreMarkedDraft() {
        String page = minutes(publicly(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                resolved("26", "That the report be noted."), closed()).record()));

        assertThat(page).contains("<span class=\"stage stage-draft\">Draft minutes</span>")
                .contains("Draft minutes — subject to confirmation")
                .contains("That the report be noted.")
                .contains("9.30am – 12.12pm").doesNotContain("The meeting closed at");
    }

    @Test
    void minutesConfirmedAtTheNextMeetingAreMarkedConfirmed() {
        String page = minutes(publicly(ofAMeeting().then(scheduled(), item("26", 1), opened(), closed(),
                new MinutesConfirmed(MEETING, "leics-cfosc-2021-01-19", FRYER)).record()));

        assertThat(page).contains("<span class=\"stage stage-confirmed\">Confirmed minutes</span>")
                .doesNotContain("Draft minutes");
    }

    @Test
    void theMeetingsPageIsItsAgendaAndMinutesWithItsAttendanceAsModernGovShowsThem() {
        AgendaItemAdded submitted = new AgendaItemAdded(MEETING, "item-28", "28", null, 2,
                "Leicestershire Fostering Agency Statutory Report", null,
                "The Director of Children and Family Services", List.of(), null);
        String page = agenda(publicly(ofAMeeting().then(scheduled(), item("26", 1), submitted, opened(),
                new MemberAttended(MEETING, BENTLEY), new ApologyRecorded(MEETING, WELSH, null),
                new ItemMinuted(MEETING, "item-28", List.of(new MinuteBlock(MinuteBlockKind.PARAGRAPH,
                        "The Committee considered the report, which Newton Europe had reviewed.", null)), false),
                resolved("28", "That the report be noted."), closed()).record()));

        assertThat(page).contains("<h2 id=\"agenda\">Agenda and minutes</h2>")
                .contains("Submitted by The Director of Children and Family Services")
                .contains("The Committee considered the report, which Newton Europe had reviewed.")
                .contains("That the report be noted.");
        assertThat(page.substring(page.indexOf("<h2 id=\"attendance\">"), page.indexOf("<h2 id=\"agenda\">")))
                .contains("Mrs. H. J. Fryer CC", "Mr. I. E. G. Bentley CC", "Apologies", "Mr. G. Welsh CC");
    }

    @Test
    void eachPageHasOneMainLandmarkASkipLinkToItAndOneTopHeading() {
        MeetingRecord record = publicly(ofAMeeting().then(scheduled(), item("19", 1)).record());

        for (String page : List.of(agenda(record), minutes(record))) {
            assertThat(page).containsOnlyOnce("<main id=\"main\"").containsOnlyOnce("<h1")
                    .contains("<a class=\"skip-link\" href=\"#main\">").contains("<html lang=\"en\">");
        }
    }

    private static MeetingRecord publicly(MeetingRecord record) {
        return record.asPublished(record);
    }

    private static String agenda(MeetingRecord record) {
        return PageRendering.render("pages/meeting", Map.of("m", new PrintableMinutes(record)));
    }

    private static String minutes(MeetingRecord record) {
        return PageRendering.render("pages/minutes", Map.of("m", new PrintableMinutes(record)));
    }
}
