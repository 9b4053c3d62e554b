package org.minutebook.query.minutes;

import org.junit.jupiter.api.Test;
import org.minutebook.events.agenda.AgendaItemAdded;
import org.minutebook.events.agenda.AgendaDocument;
import org.minutebook.events.attendance.GuestAttended;
import org.minutebook.events.Person;
import org.minutebook.events.actions.ActionAgreed;
import org.minutebook.events.actions.FurtherReportRequested;
import org.minutebook.events.business.ItemMinuted;
import org.minutebook.events.business.QuestionAsked;
import org.minutebook.events.business.QuestionKind;
import org.minutebook.events.corrections.FactCorrected;
import org.minutebook.events.meetings.MeetingClosed;
import org.minutebook.events.meetings.MeetingOpened;
import org.minutebook.events.meetings.MeetingScheduled;
import org.minutebook.events.minutes.MinutesConfirmed;
import org.minutebook.events.resolutions.Ballot;
import org.minutebook.events.resolutions.MemberVote;
import org.minutebook.events.resolutions.MotionLost;
import org.minutebook.events.resolutions.ResolutionForm;
import org.minutebook.events.resolutions.ResolutionPart;
import org.minutebook.events.resolutions.ResolutionPassed;
import org.minutebook.events.resolutions.Vote;
import org.minutebook.query.record.MeetingRecord;
import org.minutebook.query.record.MeetingStory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.query.record.MeetingStory.BENTLEY;
import static org.minutebook.query.record.MeetingStory.FRYER;
import static org.minutebook.query.record.MeetingStory.MEETING;
import static org.minutebook.query.record.MeetingStory.WELSH;
import static org.minutebook.query.record.MeetingStory.closed;
import static org.minutebook.query.record.MeetingStory.item;
import static org.minutebook.query.record.MeetingStory.ofAMeeting;
import static org.minutebook.query.record.MeetingStory.opened;
import static org.minutebook.query.record.MeetingStory.resolved;
import static org.minutebook.query.record.MeetingStory.scheduled;

/** The printable minutes say what was recorded, in the words recorded, and nothing the clerk did not record. */
class PrintableMinutesTest {

    private static final SpringTemplateEngine TEMPLATES = new SpringTemplateEngine();

    static {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        TEMPLATES.setTemplateResolver(resolver);
    }

    @Test
    void aVoteRecordedMemberByMemberPrintsEachMembersVoteAndTheCastingVote() {
        String page = page(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                new ResolutionPassed(MEETING, "item-26", "res-26", ResolutionForm.RESOLVED, null,
                        List.of(new ResolutionPart(null, "That the scheme be approved.")), BENTLEY, WELSH,
                        new Vote(null, null, null, List.of(new MemberVote(BENTLEY, Ballot.FOR),
                                new MemberVote(WELSH, Ballot.AGAINST)), new MemberVote(FRYER, Ballot.FOR)))));

        assertThat(page).doesNotContain("null")
                .contains("For: Mr. I. E. G. Bentley CC.")
                .contains("Against: Mr. G. Welsh CC.")
                .contains("Casting vote: Mrs. H. J. Fryer CC (for).");
    }

    @Test
    void aLostMotionPrintsTheVoteThatLostIt() {
        String page = page(ofAMeeting().then(scheduled(), item("27", 1), opened(),
                new MotionLost(MEETING, "item-27", "res-27", ResolutionForm.RESOLVED, null,
                        List.of(new ResolutionPart(null, "That the scheme be withdrawn.")), null, null,
                        new Vote(3, 5, 1, List.of(), null))));

        assertThat(page).contains("That the scheme be withdrawn.").contains("Vote: 3 for, 5 against, 1 abstaining.");
    }

    @Test
    void pointsRaisedAreBulletsWithNoIntroductionTheClerkDidNotWrite() {
        String page = page(ofAMeeting().then(scheduled(), item("26", 1), opened(),
                new ItemMinuted(MEETING, "item-26", MeetingStory.minute("The Committee considered a report.", 
                        "The savings were welcomed.", "Members asked about staffing."), false)));

        assertThat(page).doesNotContain("Arising from the discussion")
                .containsPattern("<ul class=\"points\">\\s*<li>The savings were welcomed.</li>\\s*"
                        + "<li>Members asked about staffing.</li>\\s*</ul>");
    }

    @Test
    void aQuestionTheClerkMinutedInThePagesWordsIsNotPrintedTwice() {
        String page = page(ofAMeeting().then(scheduled(), item("29", 1), item("30", 2), opened(),
                new QuestionAsked(MEETING, "item-29", "q-whiting", QuestionKind.PUBLIC, new Person(null, "Mrs Sue Whiting"),
                        null, "Could the Chair please explain how Panels are appointed?", "34", false),
                new ItemMinuted(MEETING, "item-29", MeetingStory.minute("Mrs Sue Whiting asked the following question:",
                        "Could the Chair please explain how Panels are appointed?"), false),
                new QuestionAsked(MEETING, "item-30", "q-orton", QuestionKind.MEMBER, new Person(null, "Cllr Orton"),
                        null, "When will the library reopen?", null, false)));

        assertThat(page).containsOnlyOnce("Could the Chair please explain how Panels are appointed?")
                .containsOnlyOnce("Mrs Sue Whiting asked the following question").contains("Cllr Orton asked the following question:")
                .contains("When will the library reopen?");
    }

    @Test
    void whatADecisionAskedForIsNotSaidAgainAndAnActionMinutedAloneIsPrintedInItsOwnWords() {
        String page = page(ofAMeeting().then(scheduled(), item("26", 1), item("39", 2), opened(),
                resolved("26", "That a further report be presented on 19 January 2021."),
                new FurtherReportRequested(MEETING, "item-26", "action-26-b", "res-26", "The findings",
                        "Children and Families Overview and Scrutiny Committee", LocalDate.of(2021, 1, 19)),
                new ActionAgreed(MEETING, "item-39", "action-39", null, "Thanks to be given to foster carers", null,
                        null)));

        assertThat(page).doesNotContain("Action:").doesNotContain("a further report on").doesNotContain("The findings")
                .contains("<p>Thanks to be given to foster carers</p>");
    }

    @Test
    void aCorrectedFactReadsAsCorrectedWithOnlyANeutralMarker() {
        MeetingStory story = ofAMeeting().then(scheduled(), item("130", 1), opened(), resolved("130", "That report be noted."));
        story.then(new FactCorrected(MEETING, 3, "minutebook.ResolutionPassed",
                Map.of("parts", List.of(Map.of("text", "That the report be noted."))), "Minuted without its article",
                new Person("ed-brown", "Ed Brown"), null));

        String page = page(story);

        assertThat(page).contains("That the report be noted.").contains("(corrected)")
                .doesNotContain("That report be noted.").doesNotContain("corrected by").doesNotContain("Entry ")
                .doesNotContain("Minuted without its article");
    }

    @Test
    void draftMinutesSaySoUntilConfirmed() {
        MeetingStory story = ofAMeeting().then(scheduled(), opened(), closed());
        assertThat(page(story)).contains("Draft minutes — subject to confirmation");

        story.then(new MinutesConfirmed(MEETING, "leics-cfosc-2021-01-19", FRYER));

        assertThat(page(story)).doesNotContain("Draft minutes");
    }

    @Test
    void timesAndADateNotStatedAreSaidToBeNotStatedNeverInvented() {
        PrintableMinutes minutes = new PrintableMinutes(ofAMeeting().then(
                new MeetingScheduled(MEETING, "leics-cfosc", "Committee", false, null, null, "Europe/London", "County Hall", List.of(), null),
                new MeetingOpened(MEETING, null, null), closed()).record());

        assertThat(minutes.heading()).isEqualTo("Minutes of a meeting of the Committee held at County Hall on a date "
                + "not stated.");
        assertThat(minutes.meetingDate()).isEqualTo("Date not stated");
        assertThat(minutes.sittingTimes()).isEqualTo("time not stated – 12.12pm");
        MeetingStory noTimes = ofAMeeting().then(
                new MeetingScheduled(MEETING, "leics-cfosc", "Committee", false, null, null, "Europe/London", "County Hall", List.of(), null),
                new MeetingOpened(MEETING, null, null));
        assertThat(page(noTimes)).doesNotContain("null");
        assertThat(new PrintableMinutes(noTimes.then(new MeetingClosed(MEETING, null, null, null)).record()).sittingTimes())
                .as("no times at all: no line of sitting times").isNull();
    }

    @Test
    void theChairIsMarkedInTheChairAmongThosePresentWhateverTheSpellingOfTheirName() {
        MeetingRecord record = ofAMeeting().then(scheduled(), opened(),
                new org.minutebook.events.attendance.MemberAttended(MEETING, new Person(null, "mrs. h. j. fryer cc")),
                new org.minutebook.events.attendance.MemberAttended(MEETING, BENTLEY)).record();

        assertThat(new PrintableMinutes(record).present())
                .containsExactly("mrs. h. j. fryer cc (in the Chair)", "Mr. I. E. G. Bentley CC");
    }

    @Test
    void anItemsPartsArePrintedWithinIt() {
        String page = page(ofAMeeting().then(scheduled(), item("8", 1), item("9", 2), item("8(a)", 3, "8")));

        assertThat(page.indexOf("8(a).")).isBetween(page.indexOf("8."), page.indexOf("9."));
        String item8 = page.substring(page.indexOf("id=\"item-8\""), page.indexOf("id=\"item-9\""));
        assertThat(item8).contains("id=\"item-8(a)\"");
        assertThat(item8.indexOf("</article>")).isGreaterThan(item8.indexOf("id=\"item-8(a)\""));
    }

    @Test
    void aGuestNamedByTheirOfficeIsPrintedByItOnceAndADocumentWithItsFormatAndSize() {
        String page = page(ofAMeeting().then(scheduled(), opened(),
                new GuestAttended(MEETING, new Person(null, null, "Deputy City Mayor (Social Care and Anti-Poverty)"),
                        "Deputy City Mayor (Social Care and Anti-Poverty)"),
                new AgendaItemAdded(MEETING, "adoption", null, null, 1, "Adoption Service Annual Report 2019-20",
                        null, null, List.of(new AgendaDocument("Adoption Service Annual Report 2019-20", null, "PDF",
                        "238 KB", false), new AgendaDocument(null, null, null, null, true)), null)));

        assertThat(page).contains("<li>Deputy City Mayor (Social Care and Anti-Poverty)</li>")
                .doesNotContain("(Deputy City Mayor (Social Care and Anti-Poverty))")
                .contains("<li>Adoption Service Annual Report 2019-20 (PDF 238 KB)</li>", "<li>Additional documents</li>");
    }

    private static String page(MeetingStory story) {
        Context context = new Context();
        context.setVariable("m", new PrintableMinutes(story.record()));
        return TEMPLATES.process("minutes", context);
    }
}
